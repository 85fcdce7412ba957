"""The Journal page through its real widgets: a check-in in three clicks, drafts that
survive a crash, editing, delete with undo, search and filters, and lazy loading."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from planner.domain.journal import JournalEntry, JournalFilter, Mood, SleepQuality
from planner.services.checklist import ChecklistService
from planner.services.journal import CHECKIN_DRAFT, JournalService
from planner.storage.errors import SaveFailed, StoreProblem
from planner.storage.store import Store
from planner.ui.journal.checkin_details import NOTE_LIMIT
from planner.ui.journal.journal_page import JournalPage
from planner.ui.kit.text_fields import cleaned_start
from tests.helpers import HELPERS
from tests.helpers.clock import NOW, ZONE
from tests.helpers.widgets import unnamed


@pytest.fixture
def journal(store: Store, service: ChecklistService) -> JournalService:
    return JournalService(store, service)


def add_entries(store: Store, count: int, note: str = "", **fields) -> list[JournalEntry]:
    made = []
    for n in range(count):
        at = NOW - timedelta(hours=12 * n + 1)
        entry = JournalEntry(
            fields.get("mood", Mood.OKAY),
            fields.get("worry", 4),
            at.astimezone(ZONE).date(),
            at,
            ZONE.key,
            note=note.format(n=n),
            tags=fields.get("tags", ()),
        )
        made.append(store.journal.add(entry, NOW))
    return made


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_check_in_takes_three_clicks(qtbot, shown, journal, store):
    page = shown(JournalPage(journal))
    assert not page.form.save_button.isEnabled()
    click(qtbot, page.form.mood_group.button(Mood.GOOD))
    click(qtbot, page.form.worry_group.button(6))
    click(qtbot, page.form.save_button)
    (entry,) = store.journal.all()
    assert (entry.mood, entry.worry, entry.day) == (Mood.GOOD, 6, NOW.astimezone(ZONE).date())
    assert "Saved" in page.form.status.text()
    assert page.model.rowCount() == 2  # the period's heading and the check-in
    assert not page.form.save_button.isEnabled()  # ready for the next one, empty


def test_details_note_tags_and_care_flag_are_kept(qtbot, shown, journal, store):
    page = shown(JournalPage(journal))
    form = page.form
    click(qtbot, form.more_button)
    click(qtbot, form.mood_group.button(Mood.BAD))
    click(qtbot, form.worry_group.button(8))
    click(qtbot, form.energy_group.button(3))
    form.hours.setValue(6.5)
    click(qtbot, form.sleep_group.button(1))
    qtbot.keyClicks(form.note, "Scan letter came today")
    qtbot.waitUntil(lambda: form.tag_buttons["waiting for results"].height() > 20)
    click(qtbot, form.tag_buttons["waiting for results"])
    qtbot.keyClicks(form.own_tag, "Sam visited")
    qtbot.keyClick(form.own_tag, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.care.height() > 10)  # laid out again after the new tag
    qtbot.mouseClick(form.care, Qt.MouseButton.LeftButton, pos=QPoint(8, form.care.height() // 2))
    click(qtbot, form.save_button)
    (entry,) = store.journal.all()
    assert entry.energy == 3
    assert entry.sleep_hours == 6.5
    assert entry.sleep_quality is SleepQuality.POORLY
    assert entry.note == "Scan letter came today"
    assert entry.tags == ("waiting for results", "sam visited")
    assert entry.for_care_team


def test_the_note_is_kept_as_a_draft_and_offered_after_a_restart(qtbot, shown, journal, store):
    page = shown(JournalPage(journal))
    click(qtbot, page.form.more_button)
    click(qtbot, page.form.mood_group.button(Mood.OKAY))
    qtbot.keyClicks(page.form.note, "Half a thought")
    qtbot.waitUntil(lambda: "Half a thought" in (store.drafts.get(CHECKIN_DRAFT) or ""))
    again = shown(JournalPage(journal))  # as after a crash: the page is built anew
    assert again.form.note.toPlainText() == "Half a thought"
    assert again.form.mood_and_worry() == (Mood.OKAY, None)
    assert "kept" in again.form.status.text()
    click(qtbot, again.form.worry_group.button(2))
    click(qtbot, again.form.save_button)
    assert store.drafts.get(CHECKIN_DRAFT) is None
    assert store.journal.all()[0].note == "Half a thought"


def test_the_draft_survives_a_kill_while_typing(tmp_path):
    path = tmp_path / "data" / "planner.db"
    Store.open(path).close()
    typist = subprocess.Popen(
        [sys.executable, str(HELPERS / "draft_typist.py"), str(path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    typed = []
    try:
        assert typist.stdout is not None
        while len(typed) < 4:
            line = typist.stdout.readline()
            assert line, "the typist stopped before typing"
            typed.append(line.split()[-1])
    finally:
        typist.send_signal(signal.SIGKILL)
        typist.wait(timeout=10)
        if typist.stdout is not None:
            typist.stdout.close()
    store = Store.open(path)
    try:
        assert store.integrity_ok()
        body = json.loads(store.drafts.get(CHECKIN_DRAFT) or "{}")
    finally:
        store.close()
    assert body["mood"] == Mood.BAD
    kept = body["note"].split()
    assert kept[: len(typed)] == typed  # every word reported typed was kept


def test_a_failed_save_keeps_everything_in_the_form(
    qtbot, shown, journal, store, monkeypatch, problems
):

    def full_disk(_entry):
        raise SaveFailed(StoreProblem.DISK_FULL)

    page = shown(JournalPage(journal))
    monkeypatch.setattr(journal, "save_entry", full_disk)
    click(qtbot, page.form.more_button)
    click(qtbot, page.form.mood_group.button(Mood.GREAT))
    click(qtbot, page.form.worry_group.button(1))
    qtbot.keyClicks(page.form.note, "Do not lose me")
    click(qtbot, page.form.save_button)
    assert problems == ["The disk is full, so this was not saved. Free some space and try again."]
    assert page.form.note.toPlainText() == "Do not lose me"
    assert page.form.mood_and_worry() == (Mood.GREAT, 1)
    assert store.journal.all() == []


def test_edit_keeps_the_time_and_changes_the_values(qtbot, shown, journal, store):
    (entry,) = add_entries(store, 1, note="First words")
    page = shown(JournalPage(journal))
    page.list.setCurrentIndex(page.model.index(1))
    click(qtbot, page.edit_button)
    assert page.form.note.toPlainText() == "First words"
    assert page.form.save_button.text() == "Save changes"
    click(qtbot, page.form.worry_group.button(9))
    click(qtbot, page.form.save_button)
    (changed,) = store.journal.all()
    assert (changed.id, changed.at, changed.worry, changed.note) == (
        entry.id,
        entry.at,
        9,
        "First words",
    )


def _file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def test_delete_can_be_undone_and_afterwards_the_text_is_gone(qtbot, shown, journal, store):
    add_entries(store, 3, note="ordinary day {n}")
    (secret,) = add_entries(store, 1, note="zanzibarish secret")
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = shown(JournalPage(journal))
    assert page.select_entry(secret.id)
    click(qtbot, page.delete_button)
    assert store.journal.get(secret.id) is None
    assert page.undo_bar.isVisible()
    click(qtbot, page.undo_button)
    assert store.journal.get(secret.id) == secret
    assert store.journal.count(JournalFilter(text="zanzibarish")) == 1

    assert page.select_entry(secret.id)
    page._undo_timer.setInterval(50)  # the few seconds of undo, shortened
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not page.undo_bar.isVisible())
    assert store.journal.get(secret.id) is None
    assert store.journal.count(JournalFilter(text="zanzibarish")) == 0
    assert b"zanzibarish" not in _file_bytes(store.path)


def test_search_finds_a_word_in_a_note_and_filters_narrow(qtbot, shown, journal, store):
    add_entries(store, 10, note="quiet day {n}")
    add_entries(store, 2, note="Walked by the harbour", worry=8, tags=("good day",))
    page = shown(JournalPage(journal))
    qtbot.keyClicks(page.search, "harb")
    qtbot.waitUntil(lambda: page.count_label.text() == "2 found")
    notes = {page.model.entry_at(r).note for r in range(page.model.rowCount())}
    assert notes == {"Walked by the harbour"}
    page.reset_filters()
    assert page.count_label.text() == "12 in all"
    page.worry_min.setValue(7)
    assert page.count_label.text() == "2 found"
    page.reset_filters()
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("good day"))
    assert page.count_label.text() == "2 found"


def test_the_timeline_is_read_as_it_is_scrolled(qtbot, shown, journal, store):
    add_entries(store, 400)
    page = shown(JournalPage(journal))
    first = page.model.rowCount()
    assert 0 < first < 400
    assert page.count_label.text() == "400 in all"
    for _ in range(40):
        page.list.scrollToBottom()
        qtbot.wait(5)
        if not page.model.canFetchMore():
            break
    assert page.model.rowCount() == 401  # every check-in and one heading


def test_every_control_has_a_name(qtbot, shown, journal, store):
    add_entries(store, 2)
    page = shown(JournalPage(journal))
    click(qtbot, page.form.more_button)
    assert unnamed(page) == []


def test_entries_made_in_another_zone_show_their_own_local_time(qtbot, shown, journal, store):
    at = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)
    store.journal.add(JournalEntry(Mood.GOOD, 2, at.date(), at, "Asia/Tokyo"), NOW)
    page = shown(JournalPage(journal))
    text = page.model.data(page.model.index(1))
    assert text.startswith("Saturday 21 November 2026, 08:30")


# --- Long text, status lines, the heading, Today's choices -------------------------


def test_a_megabyte_pasted_into_the_note_is_cut_at_once_and_the_draft_holds_the_limit(
    qtbot, shown, journal, store
):
    page = shown(JournalPage(journal))
    form = page.form
    click(qtbot, form.more_button)
    click(qtbot, form.mood_group.button(Mood.OKAY))
    QApplication.clipboard().setText("a pasted line\r\n" * 70_000)  # about a megabyte
    form.note.setFocus()
    form.note.paste()
    # Cut as it landed: no waiting, nothing laid out beyond the limit.
    text = form.note.toPlainText()
    assert len(text) == NOTE_LIMIT
    assert "\r" not in text
    notice = form.details.note_notice
    assert notice.isVisible()
    assert "rest of what you pasted was left out" in notice.text()
    form.flush_draft()
    body = json.loads(store.drafts.get(CHECKIN_DRAFT) or "{}")
    assert 0 < len(body["note"]) <= NOTE_LIMIT
    # Once the note is shorter than the limit, the line about cutting goes.
    form.note.setPlainText("A shorter note")
    assert not notice.isVisible()
    click(qtbot, form.worry_group.button(3))
    click(qtbot, form.save_button)
    assert store.journal.all()[0].note == "A shorter note"


def test_one_line_fields_drop_line_breaks_pasted_into_them(qtbot, shown, journal):
    page = shown(JournalPage(journal))
    click(qtbot, page.form.more_button)
    for field in (page.search, page.form.own_tag):
        QApplication.clipboard().setText("tired\r\n=1+1\tday")
        field.setFocus()
        field.paste()
        assert "\r" not in field.text()
        assert "\n" not in field.text()
        assert field.text().startswith("tired")


def test_status_lines_go_when_they_are_no_longer_true(qtbot, shown, journal, store):
    page = shown(JournalPage(journal))
    form = page.form
    form.save()  # nothing chosen yet
    assert form.status.text() == "Choose a mood and a worry number first."
    click(qtbot, form.mood_group.button(Mood.GOOD))
    assert form.status.text() == ""  # a mood is chosen now
    click(qtbot, form.worry_group.button(2))
    click(qtbot, form.save_button)
    assert form.status.text() == "Saved. Thank you for checking in."
    click(qtbot, form.mood_group.button(Mood.OKAY))  # the next check-in begins
    assert form.status.text() == ""

    qtbot.waitUntil(lambda: store.drafts.get(CHECKIN_DRAFT) is not None)
    again = shown(JournalPage(journal))  # after a restart, the unsaved one is back
    assert again.form.status.text() == "Your unsaved check-in was kept; here it is."
    click(qtbot, again.form.worry_group.button(4))
    assert again.form.status.text() == ""


def test_with_no_checkup_the_list_does_not_repeat_the_pages_heading(qtbot, shown, journal, store):
    made = add_entries(store, 3)
    page = shown(JournalPage(journal))
    assert page.timeline_heading.text() == "Your check-ins"
    assert page.count_label.text() == "3 in all"
    heading = page.model.data(page.model.index(0))
    first_day = min(e.day for e in made)
    assert heading.startswith(f"Since your first check-in on {first_day.day} Nov.")
    assert "Your check-ins" not in heading
    assert "check-ins" not in heading.split(".")[0]  # the count is beside the heading


def test_choices_from_today_never_overwrite_an_unsaved_check_in(qtbot, shown, journal, store):
    page = shown(JournalPage(journal))
    click(qtbot, page.form.more_button)
    click(qtbot, page.form.mood_group.button(Mood.AWFUL))
    qtbot.keyClicks(page.form.note, "Half written")
    page.start_check_in(Mood.GREAT, 0)  # Today's card, or the reminder, asks to check in
    assert page.form.mood_and_worry() == (Mood.AWFUL, None)
    assert page.form.note.toPlainText() == "Half written"
    page.form.clear()
    page.start_check_in(Mood.GREAT, 0)  # an empty form takes them
    assert page.form.mood_and_worry() == (Mood.GREAT, 0)


@pytest.mark.parametrize(
    ("raw", "room", "expected"),
    [
        ("abc", 10, ("abc", False)),
        ("abcdef", 3, ("abc", True)),
        ("a\r\nb", 10, ("a\nb", False)),
        ("x" * 4095 + "\r\n" + "y", 5000, ("x" * 4095 + "\n" + "y", False)),  # CR LF whole
        ("a\x00b\x07c", 2, ("ab", True)),
        ("", 5, ("", False)),
    ],
)
def test_a_paste_is_cleaned_only_as_far_as_it_fits(raw, room, expected):
    assert cleaned_start(raw, room) == expected


def test_a_search_still_being_typed_waits_while_the_page_is_hidden(qtbot, journal, store):
    """The search runs after a pause in typing; a page hidden meanwhile (the window
    closing) runs it when shown again, never while hidden."""
    from planner.ui.journal.journal_page import SEARCH_DELAY_MS, JournalPage

    page = JournalPage(journal)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    ran: list[str] = []
    real = page.model.reload
    page.model.reload = lambda *a: (ran.append(page.search.text()), real(*a))[1]  # type: ignore[method-assign]
    page.search.setText("garden")
    page.hide()
    qtbot.wait(SEARCH_DELAY_MS + 200)
    assert ran == []
    page.show()
    qtbot.waitUntil(lambda: ran == ["garden"])
