"""Settings → Privacy: set a passphrase (after the warning, with a backup offered first),
change it, remove it; wrong or weak input is said in the dialog and nothing changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.services.passphrase import PassphraseService, Remembered
from planner.services.settings import IDLE_LOCK, Settings
from planner.storage import keys
from planner.ui.settings.privacy import CHANGE, REMOVE, SET, PrivacySection

PASS = "correct horse battery"


class MemoryKeyring:
    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, name: str, account: str, secret: str) -> None:
        self.saved[(name, account)] = secret

    def get_password(self, name: str, account: str) -> str | None:
        return self.saved.get((name, account))

    def delete_password(self, name: str, account: str) -> None:
        self.saved.pop((name, account), None)


@pytest.fixture(autouse=True)
def no_key_held() -> Iterator[None]:
    keys.forget()
    yield
    keys.forget()


@pytest.fixture
def section(qtbot, store, tmp_path) -> PrivacySection:
    def run_closed(change: Callable[[], None]) -> None:
        store.close()
        try:
            change()
        finally:
            store.reopen()

    remembered = Remembered(tmp_path / "data", MemoryKeyring())
    service = PassphraseService(store.path, remembered, run_closed)
    page = QWidget()
    qtbot.addWidget(page)
    backups: list[str] = []
    made = PrivacySection(
        QVBoxLayout(page), service, Settings(store), page, lambda: backups.append("made")
    )
    made.backups_made = backups  # type: ignore[attr-defined]
    return made


def test_set_change_remove(qtbot, store, section) -> None:
    assert "no passphrase" in section.status.text()
    assert not section.idle.isEnabled()
    dialog = section.open_dialog(SET)
    assert (
        "nobody can open your journal again"
        in dialog.findChild(QWidget, "LostPassphraseWarning").text()
    )
    assert dialog.backup_button is not None
    dialog.backup_button.click()
    assert section.backups_made == ["made"]
    assert dialog.backup_note.text() == "A backup was made."
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog.apply()
    assert dialog.error.text() == "Use at least 8 characters. A few words in a row work well."
    assert not section._service.protected
    dialog.first.setText(PASS)
    dialog.second.setText(PASS)
    dialog.remember.setChecked(True)
    dialog.apply()
    assert section._service.protected
    assert "locked with a passphrase" in section.status.text()
    assert section.remember.isChecked()
    assert section.idle.isEnabled()
    store.settings.set("after", "set")  # the same Store goes on working, encrypted

    dialog = section.open_dialog(CHANGE)
    dialog.current.setText("not it at all")
    dialog.first.setText("a second passphrase")
    dialog.second.setText("a second passphrase")
    dialog.apply()
    assert dialog.error.text() == "That is not the passphrase."
    dialog.current.setText(PASS)
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted

    dialog = section.open_dialog(REMOVE)
    dialog.current.setText("a second passphrase")
    dialog.apply()
    assert not section._service.protected
    assert "no passphrase" in section.status.text()
    assert not section.remember.isChecked()
    assert store.settings.get("after") == "set"


def test_idle_lock_choice_is_saved(qtbot, store, section) -> None:
    texts = [section.idle.itemText(i) for i in range(section.idle.count())]
    assert texts == ["Never", "5 minutes", "15 minutes", "30 minutes", "1 hour"]
    section._idle_chosen(2)
    assert Settings(store).get(IDLE_LOCK) == 15


def test_the_start_prompt_refuses_a_wrong_passphrase_plainly(qtbot, store, tmp_path) -> None:
    from planner.storage import cipher
    from planner.ui.settings.unlock import UnlockDialog

    database = store.path
    store.close()
    cipher.encrypt(database, PASS)
    before = database.read_bytes()
    ring = MemoryKeyring()
    dialog = UnlockDialog(database, Remembered(tmp_path / "data", ring))
    qtbot.addWidget(dialog)
    assert "reminders start after you unlock it" in dialog.findChild(QWidget, "UnlockPrompt").text()
    dialog.field.setText("not the one")
    dialog.try_unlock()
    assert dialog.error.text() == "That is not the passphrase."
    assert database.read_bytes() == before
    assert sorted(p.name for p in database.parent.iterdir()) == ["planner.db"]
    dialog.field.setText(PASS)
    dialog.remember.setChecked(True)
    dialog.try_unlock()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert keys.is_set()
    assert ring.saved
    store.reopen()  # the fixture closes it


def test_the_words_are_plain(qtbot, section) -> None:
    import textstat
    from PySide6.QtWidgets import QLabel

    dialog = section.open_dialog(SET)
    labels = [*section.parent().findChildren(QLabel), *dialog.findChildren(QLabel)]
    texts = [label.text() for label in labels if len(label.text()) > 40]
    assert len(texts) >= 4
    assert textstat.flesch_kincaid_grade(" ".join(texts)) <= 8.0
    assert max(textstat.flesch_kincaid_grade(t) for t in texts) <= 10.0
    dialog.reject()
