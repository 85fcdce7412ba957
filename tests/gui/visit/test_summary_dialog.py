"""Prepare for my checkup: the summary's dates, preview, PDF and print through real widgets."""

from __future__ import annotations

import errno
import os
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QPalette

from planner.ui.kit.fields import qdate
from planner.ui.visit.summary_dialog import VisitSummaryDialog
from tests.gui.visit.conftest import PERIOD
from tests.helpers.widgets import clipped, unnamed


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_it_opens_on_the_default_period_and_shows_the_summary(make_dialog, shown, qtbot, summaries):
    summaries.gate.clear()
    dialog = make_dialog(wait=False)
    shown(dialog, 900, 700)
    assert dialog.period() == PERIOD
    assert dialog.stack.currentWidget() is dialog.busy
    assert dialog.busy.text() == "Getting your summary ready…"
    assert not dialog.save_button.isEnabled()
    summaries.gate.set()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
    assert summaries.calls == [PERIOD]
    assert summaries.threads[0] != threading.get_ident()  # made off the GUI thread
    assert dialog.stack.currentWidget() is dialog.preview
    text = dialog.preview.toPlainText()
    assert "Checkup summary" in text
    assert "Can I travel <far>?" in text  # shown as typed, not as markup
    assert "Tired <b>again</b>" in text
    assert text.count("\ufffc") == 2  # the chart: mood's panel and worry's
    assert dialog.save_button.isEnabled()
    assert dialog.print_button.isEnabled()


def test_every_control_is_named(make_dialog):
    dialog = make_dialog()
    assert unnamed(dialog) == []
    for widget in (
        dialog.from_date,
        dialog.to_date,
        dialog.preview,
        dialog.save_button,
        dialog.print_button,
        dialog.close_button,
        dialog.open_folder,
    ):
        assert widget.objectName()
        assert widget.accessibleName()


def test_new_dates_make_a_new_summary(make_dialog, qtbot, summaries):
    dialog = make_dialog()
    dialog.from_date.setDate(qdate(date(2026, 10, 1)))
    qtbot.waitUntil(lambda: dialog.summary.start == date(2026, 10, 1), timeout=10_000)
    assert summaries.calls[-1] == (date(2026, 10, 1), PERIOD[1])
    assert "1 Oct 2026 to 2 Dec 2026" in dialog.preview.toPlainText()


@pytest.mark.parametrize(
    ("start", "end", "said"),
    [
        (date(2026, 11, 20), date(2026, 11, 10), "The end date is before the start date."),
        (date(2025, 6, 1), date(2026, 12, 2), "A summary can cover up to 366 days"),
    ],
)
def test_bad_dates_are_told_plainly_and_change_nothing(
    make_dialog, qtbot, summaries, start, end, said
):
    dialog = make_dialog()
    before, calls = dialog.summary, list(summaries.calls)
    dialog.to_date.setDate(qdate(end))
    dialog.from_date.setDate(qdate(start))
    dialog.refresh()  # as the pause after typing would
    assert said in dialog.message.text()
    assert not dialog.message.isHidden()
    qtbot.wait(600)
    assert summaries.calls == calls
    assert dialog.summary is before
    assert dialog.stack.currentWidget() is dialog.preview
    assert dialog.save_button.isEnabled()


def test_the_window_stays_responsive_while_the_summary_is_made(
    make_dialog, shown, qtbot, summaries
):
    summaries.gate.clear()
    dialog = make_dialog(wait=False)
    shown(dialog)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()

    def tick() -> None:
        gaps.append(clock.restart())

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    qtbot.wait(300)
    assert dialog.stack.currentWidget() is dialog.busy
    summaries.gate.set()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
    qtbot.wait(100)
    timer.stop()
    assert len(gaps) > 10
    assert max(gaps[1:]) < 100, gaps


def test_a_summary_that_cannot_be_made_is_told(make_dialog, qtbot, summaries):
    summaries.error = OSError(errno.EIO, "I/O error")
    dialog = make_dialog(wait=False)
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=10_000)
    assert dialog.message.text().startswith("Your summary could not be made.")
    assert not dialog.save_button.isEnabled()


def test_save_as_pdf_writes_the_file_and_offers_its_folder(
    make_dialog, qtbot, monkeypatch, tmp_path
):
    dialog = make_dialog()
    offered: list[str] = []

    def ask(_parent, _title, where, _filter):
        offered.append(where)
        return str(tmp_path / "for the nurse"), "PDF files (*.pdf)"

    monkeypatch.setattr("planner.ui.visit.output_choices.QFileDialog.getSaveFileName", ask)
    opened: list[QUrl] = []
    monkeypatch.setattr(
        "planner.ui.visit.summary_dialog.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Path(offered[0]).name == "checkup-summary-2026-12-02.pdf"
    qtbot.waitUntil(lambda: dialog.saved.isVisibleTo(dialog), timeout=10_000)
    target = tmp_path / "for the nurse.pdf"
    assert dialog.saved.text() == f"Saved as {target}"
    assert "Checkup summary" in _text(target)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert dialog.open_folder.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def _save(dialog, qtbot, monkeypatch, target: Path) -> list[str]:
    """Save through the real button, the file dialog answering ``target``; returns the
    paths the file dialog was opened on."""
    offered: list[str] = []

    def ask(_parent, _title, where, _filter):
        offered.append(where)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr("planner.ui.visit.output_choices.QFileDialog.getSaveFileName", ask)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved.isVisibleTo(dialog), timeout=10_000)
    return offered


def test_new_dates_take_the_saved_line_away(make_dialog, qtbot, monkeypatch, tmp_path):
    dialog = make_dialog()
    _save(dialog, qtbot, monkeypatch, tmp_path / "walk-summary.pdf")
    assert dialog.saved.text() == f"Saved as {tmp_path / 'walk-summary.pdf'}"
    dialog.from_date.setDate(qdate(date(2026, 10, 1)))
    assert not dialog.saved.isVisibleTo(dialog)
    assert not dialog.open_folder.isVisibleTo(dialog)
    assert dialog.saved.text() == ""
    qtbot.waitUntil(lambda: dialog.summary.start == date(2026, 10, 1), timeout=10_000)
    assert not dialog.saved.isVisibleTo(dialog)  # the new summary has not been saved


def test_the_file_dialog_opens_in_the_folder_used_last(make_dialog, qtbot, monkeypatch, tmp_path):
    folder = tmp_path / "for the clinic"
    folder.mkdir()
    first = _save(make_dialog(), qtbot, monkeypatch, folder / "one.pdf")
    assert Path(first[0]).parent != folder
    later = make_dialog()  # another time in the same run
    again = _save(later, qtbot, monkeypatch, folder / "two.pdf")
    assert Path(again[0]) == folder / "checkup-summary-2026-12-02.pdf"


def test_a_folder_gone_since_is_not_offered(make_dialog, qtbot, monkeypatch, tmp_path):
    folder = tmp_path / "usb stick"
    folder.mkdir()
    _save(make_dialog(), qtbot, monkeypatch, folder / "one.pdf")
    (folder / "one.pdf").unlink()
    folder.rmdir()
    offered = _save(make_dialog(), qtbot, monkeypatch, tmp_path / "two.pdf")
    assert Path(offered[0]).parent != folder


def test_cancelling_the_file_dialog_changes_nothing(make_dialog, monkeypatch, summaries):
    dialog = make_dialog()
    monkeypatch.setattr(
        "planner.ui.visit.output_choices.QFileDialog.getSaveFileName", lambda *a: ("", "")
    )
    dialog.save_pdf()
    assert not dialog.message.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize(
    ("code", "said"),
    [
        (errno.ENOSPC, "Could not save: the disk is full."),
        (errno.EACCES, "Could not save: this folder does not let you save files."),
        (errno.ENOENT, "Could not save: the folder is not there any more."),
    ],
)
def test_a_failed_save_is_told_in_plain_words(
    make_dialog, qtbot, monkeypatch, tmp_path, code, said
):
    dialog = make_dialog()
    monkeypatch.setattr(
        "planner.ui.visit.output_choices.QFileDialog.getSaveFileName",
        lambda *a: (str(tmp_path / "s.pdf"), ""),
    )

    def fail(_summary, _path):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("planner.ui.visit.summary_dialog.write_summary_pdf", fail)
    dialog.save_pdf()
    qtbot.waitUntil(lambda: said in dialog.message.text(), timeout=10_000)
    assert not dialog.saved.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()


def test_print_sends_the_summary_to_the_chosen_printer(make_dialog, qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dialog = make_dialog()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr("planner.ui.visit.summary_dialog.choose_printer", lambda _parent: printer)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Sent to the printer.", timeout=10_000)
    assert "Page 1 of" in _text(tmp_path / "printed.pdf")


def test_cancelling_the_print_dialog_prints_nothing(make_dialog, monkeypatch):
    dialog = make_dialog()
    monkeypatch.setattr("planner.ui.visit.summary_dialog.choose_printer", lambda _parent: None)
    dialog.print_copy()
    assert not dialog.message.isVisibleTo(dialog)


def test_closing_while_the_summary_is_made_drops_it(make_dialog, qtbot, summaries):
    summaries.gate.clear()
    dialog = make_dialog(wait=False)
    dialog.show()
    dialog.close_button.click()
    summaries.gate.set()
    qtbot.wait(300)
    assert dialog.summary is None
    assert not dialog.isVisible()


@pytest.mark.parametrize("size", [(1366, 768), (911, 512)])  # 512: 768 at 150% scaling
def test_it_fits_small_screens_and_large_text(make_dialog, shown, qtbot, large_text, size):
    dialog = make_dialog()
    shown(dialog, *size)
    qtbot.wait(50)
    assert clipped(dialog) == []
    for button in (dialog.save_button, dialog.print_button, dialog.close_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner)
    assert dialog.preview.height() > 100


def test_the_preview_stays_paper_white_in_a_dark_window(make_dialog, shown, qtbot, qapp):
    before = qapp.palette()
    dark = QPalette(before)
    for role, color in (
        (QPalette.ColorRole.Window, "#1f2424"),
        (QPalette.ColorRole.WindowText, "#e8eeee"),
        (QPalette.ColorRole.Base, "#161a1a"),
        (QPalette.ColorRole.Text, "#e8eeee"),
    ):
        dark.setColor(role, QColor(color))
    qapp.setPalette(dark)
    try:
        dialog = make_dialog()
        shown(dialog)
        qtbot.wait(50)
        image = dialog.preview.viewport().grab().toImage()
        corner = image.pixelColor(5, image.height() - 5)
        assert corner.lightness() > 240
    finally:
        qapp.setPalette(before)


def test_with_the_real_summary_maker(qtbot, store):
    """The dialog as the window will open it: the service's runner, summary and period."""
    from datetime import UTC, datetime

    from planner.domain.journal import JournalEntry, Mood
    from planner.services.visit_summary import SummaryMaker
    from tests.gui.visit.conftest import TODAY, ZONE

    now = datetime(2026, 11, 30, 23, tzinfo=UTC)
    store.journal.add(
        JournalEntry(
            Mood(4), 3, date(2026, 11, 30), now, ZONE, note="Calm <i>week</i>", for_care_team=True
        ),
        now,
    )
    maker = SummaryMaker(store, lambda: ZONE, lambda: TODAY)
    try:
        dialog = VisitSummaryDialog(maker.runner, maker.summarize, maker.period())
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
        assert dialog.summary.checkins == 1
        assert "Calm <i>week</i>" in dialog.preview.toPlainText()
        assert dialog.period()[1] == TODAY
    finally:
        maker.shutdown()
