"""The window's passphrase: asked at start before anything is opened (Quit changes
nothing), changes made with the data file shut for a moment, and the idle lock, which
hides the window, stops the reminders and asks again."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.app_privacy import PENDING_SUFFIX, PrivacyGuard, needs_unlock_check, unlock_at_start
from planner.paths import resolve_paths
from planner.services.settings import IDLE_LOCK, Settings
from planner.storage import cipher, keys
from planner.storage.store import Store
from planner.ui.settings.unlock import UnlockDialog

PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def no_key_held() -> Iterator[None]:
    keys.forget()
    yield
    keys.forget()


@pytest.fixture
def paths(tmp_path):
    return resolve_paths(tmp_path / "profile")


def encrypted_profile(paths) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    Store.open(paths.database).close()
    cipher.encrypt(paths.database, PASS)
    keys.forget()


def answer(monkeypatch, passphrase: str | None) -> list[str]:
    """The prompt types ``passphrase`` and presses Unlock, or presses Quit (None)."""
    asked: list[str] = []

    def exec_(dialog: UnlockDialog) -> int:
        asked.append(dialog.windowTitle())
        if passphrase is None:
            return UnlockDialog.DialogCode.Rejected
        dialog.field.setText(passphrase)
        dialog.try_unlock()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    return asked


def test_the_note_name_is_the_ciphers() -> None:
    assert PENDING_SUFFIX == cipher.PENDING_SUFFIX


def test_a_plain_profile_is_not_asked(paths, monkeypatch) -> None:
    paths.data_dir.mkdir(parents=True)
    Store.open(paths.database).close()
    asked = answer(monkeypatch, None)
    assert not needs_unlock_check(paths.database)
    assert unlock_at_start(paths, lambda: None)
    assert asked == []


def test_an_encrypted_profile_is_unlocked_before_it_is_opened(paths, monkeypatch) -> None:
    encrypted_profile(paths)
    asked = answer(monkeypatch, PASS)
    listened: list[bool] = []
    assert unlock_at_start(paths, lambda: listened.append(True))
    assert asked == ["Unlock your journal"]
    assert listened == [True]  # a second launch meanwhile brings the prompt forward
    store = Store.open(paths.database)
    store.close()


def test_quit_at_the_prompt_opens_and_changes_nothing(paths, monkeypatch) -> None:
    encrypted_profile(paths)
    before = paths.database.read_bytes()
    answer(monkeypatch, None)
    assert not unlock_at_start(paths, lambda: None)
    assert not keys.is_set()
    assert paths.database.read_bytes() == before
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["planner.db"]


@pytest.fixture
def window(qtbot, paths, monkeypatch):
    from planner.services.checklist import ChecklistService
    from planner.services.clock import local_zone
    from planner.ui.main_window import MainWindow

    paths.data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(paths.database)
    shown = MainWindow(ChecklistService(store, local_zone()))
    qtbot.addWidget(shown)
    yield shown, store
    store.close()


def test_a_passphrase_set_from_the_window_keeps_the_store_working(window, paths) -> None:
    shown, store = window
    guard = PrivacyGuard(shown, store, paths, lambda: None)
    guard.service.set(PASS)
    assert cipher.is_encrypted(paths.database)
    assert store.items.active() is not None  # reopened: reads work
    store.settings.set("probe", "still saving")
    assert store.settings.get("probe") == "still saving"


def test_the_idle_lock_hides_the_window_and_asks_again(window, paths, monkeypatch) -> None:
    shown, store = window
    shown.show()
    guard = PrivacyGuard(shown, store, paths, lambda: None)
    guard.service.set(PASS)
    Settings(store).set(IDLE_LOCK, 5)
    guard.check_idle()
    assert not guard.locked  # just used
    seen: list[bool] = []

    def exec_(dialog: UnlockDialog) -> int:
        seen.append(shown.isVisible())
        assert not keys.is_set()  # the key is forgotten while locked
        dialog.field.setText(PASS)
        dialog.try_unlock()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    guard._last_input = time.monotonic() - 6 * 60  # noqa: SLF001 - six idle minutes
    guard.check_idle()
    assert seen == [False]  # hidden while the prompt was up
    assert not guard.locked
    assert shown.isVisible()
    assert Path(store.path) == paths.database
    assert store.settings.get(IDLE_LOCK.key) == "5"  # the store is open again
