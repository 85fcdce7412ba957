"""The passphrase service: the rules in plain words, remembering in the keyring (and a
plain message without one), the idle lock, and a change from a running app."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from planner.domain.privacy import (
    PassphraseProblem,
    idle_lock_minutes,
    passphrase_problem,
    seconds_until_lock,
    should_lock,
)
from planner.services import passphrase as service
from planner.storage import keys
from planner.storage.errors import StoreError, StoreProblem
from planner.storage.store import Store

PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def no_key_held() -> Iterator[None]:
    keys.forget()
    yield
    keys.forget()


class MemoryKeyring:
    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, name: str, account: str, secret: str) -> None:
        self.saved[(name, account)] = secret

    def get_password(self, name: str, account: str) -> str | None:
        return self.saved.get((name, account))

    def delete_password(self, name: str, account: str) -> None:
        del self.saved[(name, account)]


class NoKeyring:
    def set_password(self, *args: str) -> None:
        from keyring.errors import NoKeyringError

        raise NoKeyringError("No recommended backend was available.")

    get_password = delete_password = set_password


def test_rules() -> None:
    assert passphrase_problem("") is PassphraseProblem.EMPTY
    assert passphrase_problem("        ") is PassphraseProblem.ONLY_SPACES
    assert passphrase_problem("short") is PassphraseProblem.TOO_SHORT
    assert passphrase_problem(PASS, PASS + " ") is PassphraseProblem.NOT_THE_SAME
    assert passphrase_problem(PASS, PASS) is None
    assert service.check_new("abc") == (
        "Use at least 8 characters. A few words in a row work well."
    )


def test_idle_lock_is_off_by_default() -> None:
    assert idle_lock_minutes("") == 0
    assert idle_lock_minutes("7") == 0
    assert idle_lock_minutes("15") == 15
    assert not should_lock(10**6, 0, has_passphrase=True)
    assert not should_lock(10**6, 15, has_passphrase=False)
    assert not should_lock(899, 15, has_passphrase=True)
    assert should_lock(900, 15, has_passphrase=True)
    assert seconds_until_lock(600, 15, has_passphrase=True) == 300
    assert seconds_until_lock(600, 0, has_passphrase=True) is None


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[list[Store], Callable[..., None]]]:
    """A store held as the app holds it, and the app's ``run_closed``."""
    database = tmp_path / "data" / "planner.db"
    holder = [Store.open(database)]

    def run_closed(change: Callable[[], None]) -> None:
        holder[0].close()
        try:
            change()
        finally:
            holder[0] = Store.open(database)

    yield holder, run_closed
    holder[0].close()


def test_set_change_remove_from_a_running_app(running, tmp_path: Path) -> None:
    holder, run_closed = running
    database = holder[0].path
    ring = MemoryKeyring()
    remembered = service.Remembered(tmp_path / "data", ring)
    app = service.PassphraseService(database, remembered, run_closed)
    assert app.set(PASS, remember=True) is None
    assert app.protected
    holder[0].settings.set("x", "y")  # the reopened store writes, encrypted
    assert remembered.is_saved()
    assert app.change(PASS, "a second passphrase", remember=True) is None
    with pytest.raises(StoreError) as caught:
        app.change(PASS, "a third passphrase")
    assert caught.value.problem is StoreProblem.WRONG_PASSPHRASE
    assert holder[0].settings.get("x") == "y"  # reopened after the refusal too

    keys.forget()  # a new start: the remembered key opens it
    holder[0].close()
    assert remembered.unlock(database)
    holder[0] = Store.open(database)
    app.remove("a second passphrase")
    assert not app.protected
    assert not remembered.is_saved()


def test_no_keyring_is_a_plain_message_and_nothing_is_kept(running, tmp_path: Path) -> None:
    holder, run_closed = running
    remembered = service.Remembered(tmp_path / "data", NoKeyring())
    app = service.PassphraseService(holder[0].path, remembered, run_closed)
    message = app.set(PASS, remember=True)
    assert message is not None
    assert "no keyring" in message
    assert "not remembered" in message
    assert app.protected  # the passphrase itself is set
    assert not remembered.is_saved()
    assert not remembered.unlock(holder[0].path)


def test_the_real_keyring_without_a_backend(tmp_path: Path, monkeypatch) -> None:
    """On this machine keyring has no backend (its "fail" keyring): a plain message."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    keyring.set_keyring(fail.Keyring())
    keys.use(PASS, b"s" * 16, b"k" * 32)
    message = service.Remembered(tmp_path).save()
    assert message is not None
    assert "not remembered" in message
    assert service.Remembered(tmp_path).load() is None


def test_start_note_names_the_key_after_a_cut_short_change(tmp_path: Path) -> None:
    from planner.storage import cipher

    database = tmp_path / "planner.db"
    Store.open(database).close()
    made = cipher.encrypt(database, PASS)
    assert service.start_note(database) is None
    cipher.pending_file(database).write_text(
        '{"change": "change", "salt": "' + "00" * 16 + '"}', encoding="utf-8"
    )
    assert "Use your old one" in (service.start_note(database) or "")
    cipher.pending_file(database).write_text(
        '{"change": "change", "salt": "' + made.salt.hex() + '"}', encoding="utf-8"
    )
    assert "Use your new one" in (service.start_note(database) or "")
    service.unlock(database, PASS, tidy=True)
    assert not cipher.pending_file(database).exists()
