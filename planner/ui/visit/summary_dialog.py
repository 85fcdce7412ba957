"""Prepare for my checkup: the summary of a period, previewed, saved as PDF or printed.

The summary is read and laid out off the GUI thread (the task runner), and so is every
PDF and print job: the window stays responsive while "Getting your summary ready…"
shows. Dates that cannot make a summary get a plain sentence and change nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QTextDocument
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.domain.visit_summary import (
    MAX_PERIOD_DAYS,
    SummaryError,
    SummaryProblem,
    VisitSummary,
    check_period,
)
from planner.services.summary_document import build_summary_document
from planner.services.summary_pdf import print_summary, write_summary_pdf
from planner.services.tasks import Task, TaskRunner
from planner.ui.kit.fields import named, pydate, qdate
from planner.ui.kit.theme import colors, scaled_font
from planner.ui.kit.wrapped_label import WrappedLabel
from planner.ui.visit.output_choices import ask_pdf_path, choose_printer
from planner.ui.visit.output_words import words

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

#: ``summarize(reader, start, end)``: runs on a worker thread with the task's own reader.
Summarize = Callable[[Any, date, date], VisitSummary]
#: Typing a date changes it digit by digit: wait this long before making a new summary.
DATE_PAUSE_MS = 450
#: The preview's margin around the page's text, in pixels.
PREVIEW_MARGIN = 22
#: How far back the date fields reach.
YEARS_BACK = 10


def _prepare(
    summarize: Summarize, reader: Any, start: date, end: date, font: QFont, gui: Any
) -> tuple[VisitSummary, QTextDocument]:
    """Worker thread: the summary and its preview document, handed to the GUI thread."""
    summary = summarize(reader, start, end)
    doc = build_summary_document(summary, font=font, margin=PREVIEW_MARGIN)
    doc.moveToThread(gui)  # only the thread that owns an object may move it
    return summary, doc


class VisitSummaryDialog(QDialog):
    """The summary for the dates chosen (the default period at first), with Save and Print.

    ``runner`` runs the work off the GUI thread; ``summarize(reader, start, end)`` makes
    the summary there from the task's reader; ``period`` is where the dates start
    (``visit_summary.default_period``); the date fields reach no further than its end.
    """

    def __init__(
        self,
        runner: TaskRunner[Any],
        summarize: Summarize,
        period: tuple[date, date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("VisitSummaryDialog")
        self.setWindowTitle(self.tr("Prepare for my checkup"))
        self._runner = runner
        self._summarize = summarize
        self._summary: VisitSummary | None = None
        self._doc: QTextDocument | None = None
        self._loading: Task | None = None
        self._busy_outputs = 0
        self._printer: QPrinter | None = None
        self._saved_folder: Path | None = None
        self._words = words()
        self._build(period)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(DATE_PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        self.from_date.dateChanged.connect(self._dates_changed)
        self.to_date.dateChanged.connect(self._dates_changed)
        self._size_to_screen()
        self.refresh()

    # --- building ----------------------------------------------------------------

    def _date_field(self, name: str, spoken: str, day: date, latest: date) -> QDateEdit:
        field = named(QDateEdit(), name, spoken)
        field.setCalendarPopup(True)
        field.setDisplayFormat(self.tr("d MMM yyyy", "date field: 3 Sep 2026"))
        field.setDateRange(qdate(latest - timedelta(days=365 * YEARS_BACK)), qdate(latest))
        field.setDate(qdate(day))
        field.setMinimumWidth(150)
        return field

    def _build(self, period: tuple[date, date]) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Prepare for my checkup"))
        heading.setObjectName("SummaryHeading")
        heading.setFont(scaled_font(heading, 1.35, bold=True))
        layout.addWidget(heading)
        intro = WrappedLabel(
            self.tr(
                "A summary of what you recorded since your last checkup, to take or send to "
                "your care team. You can choose other dates."
            )
        )
        intro.setObjectName("SummaryIntro")
        layout.addWidget(intro)

        start, end = period
        self.from_date = self._date_field("SummaryFrom", self.tr("Summary from"), start, end)
        self.to_date = self._date_field("SummaryTo", self.tr("Summary to"), end, end)
        row = QHBoxLayout()
        row.setSpacing(8)
        for text, field in ((self.tr("&From"), self.from_date), (self.tr("&To"), self.to_date)):
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
            row.addSpacing(8)
        row.addStretch(1)
        layout.addLayout(row)

        self.message = WrappedLabel()
        self.message.setObjectName("SummaryMessage")
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.stack = QStackedWidget()
        self.busy = QLabel(self.tr("Getting your summary ready…"))
        self.busy.setObjectName("SummaryBusy")
        self.busy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy.setWordWrap(True)
        self.preview = named(QTextBrowser(), "SummaryPreview", self.tr("Summary preview"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumHeight(120)
        # The page's text wraps to the preview's width; a pixel of rounding is no reason
        # for a scroll bar.
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._paper_style()
        self.stack.addWidget(self.busy)
        self.stack.addWidget(self.preview)
        layout.addWidget(self.stack, 1)

        saved_row = QHBoxLayout()
        self.saved = WrappedLabel()
        self.saved.setObjectName("SummarySaved")
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = named(
            QPushButton(self.tr("Open folder")), "SummaryOpenFolder", self.tr("Open the folder")
        )
        self.open_folder.clicked.connect(self._open_folder)
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.open_folder)
        self.saved.setVisible(False)
        self.open_folder.setVisible(False)
        layout.addLayout(saved_row)

        buttons = QHBoxLayout()
        self.save_button = named(
            QPushButton(self.tr("Save as PDF…")), "SummarySavePdf", self.tr("Save as PDF")
        )
        self.save_button.setProperty("primary", "true")
        self.print_button = named(
            QPushButton(self.tr("Print…")), "SummaryPrint", self.tr("Print the summary")
        )
        self.close_button = named(QPushButton(self.tr("Close")), "SummaryClose", self.tr("Close"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_copy)
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _paper_style(self) -> None:
        """The preview looks like the page it makes, in a light or a dark window alike."""
        border = colors()["border"]
        self.preview.setStyleSheet(
            f"QTextBrowser#SummaryPreview {{ background: #ffffff; color: #1d2524; "
            f"border: 1px solid {border}; border-radius: 6px; }}"
        )

    def _size_to_screen(self) -> None:
        """Room for a page's width where the screen allows, never more than the screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width = max(640, self.fontMetrics().averageCharWidth() * 125)
        height = max(520, self.fontMetrics().height() * 40)
        if screen is not None:
            width = min(width, int(screen.width() * 0.94))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    # --- the summary -----------------------------------------------------------

    @property
    def summary(self) -> VisitSummary | None:
        """The summary the preview shows (what Save and Print use)."""
        return self._summary

    def period(self) -> tuple[date, date]:
        return pydate(self.from_date.date()), pydate(self.to_date.date())

    def _dates_changed(self, _day: QDate) -> None:
        self._clear_saved()  # the file saved was of the dates before
        self._pause.start()

    def _clear_saved(self) -> None:
        self.saved.clear()
        self.saved.setVisible(False)
        self.open_folder.setVisible(False)

    def _period_problem(self, start: date, end: date) -> str | None:
        try:
            check_period(start, end)
        except SummaryError as error:
            if error.problem is SummaryProblem.END_BEFORE_START:
                return self.tr(
                    "The end date is before the start date. Choose an end date on or after "
                    "the start date."
                )
            return self.tr(
                "A summary can cover up to %n days (about a year). Choose dates closer together.",
                "",
                MAX_PERIOD_DAYS,
            )
        return None

    def refresh(self) -> None:
        """Make the summary for the dates in the fields (bad dates: say so, change nothing)."""
        self._pause.stop()
        self._clear_saved()
        start, end = self.period()
        problem = self._period_problem(start, end)
        if problem is not None:
            self._say(problem, warn=True)
            return
        if self._loading is not None:
            self._loading.cancel()
        self._say("")
        self.stack.setCurrentWidget(self.busy)
        self._set_outputs_enabled(False)
        summarize, font = self._summarize, QFont(self.font())
        app = QCoreApplication.instance()
        assert app is not None  # a dialog needs the application
        gui = app.thread()
        self._loading = self._runner.run(
            lambda reader: _prepare(summarize, reader, start, end, font, gui),
            name="visit-summary",
            on_done=self._show,
            on_error=self._failed,
        )

    def _show(self, made: tuple[VisitSummary, QTextDocument]) -> None:
        summary, doc = made
        self._loading = None
        old, self._doc = self._doc, doc
        doc.setParent(self)
        self.preview.setDocument(doc)
        if old is not None:
            old.deleteLater()
        self._summary = summary
        self.stack.setCurrentWidget(self.preview)
        self._set_outputs_enabled(True)

    def _failed(self, error: BaseException) -> None:
        self._loading = None
        self.stack.setCurrentWidget(self.preview if self._summary else self.busy)
        if self._summary is None:
            self.busy.setText(self._words.summary_problem(error))
        self._say(self._words.summary_problem(error), warn=True)
        self._set_outputs_enabled(self._summary is not None)

    def _set_outputs_enabled(self, enabled: bool) -> None:
        ready = enabled and self._summary is not None and self._loading is None
        self.save_button.setEnabled(ready and not self._busy_outputs)
        self.print_button.setEnabled(ready and not self._busy_outputs)

    def _say(self, text: str, warn: bool = False) -> None:
        color = colors()["missed"] if warn else colors()["text"]
        self.message.setStyleSheet(f"color: {color}; font-weight: 600;" if warn else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- saving and printing --------------------------------------------------

    def save_pdf(self) -> None:
        summary = self._summary
        if summary is None:
            return
        path = ask_pdf_path(self, summary.made_on)
        if path is None:
            return
        self._start_output(self.tr("Saving…"))
        self._runner.run(
            lambda _reader: write_summary_pdf(summary, path),
            name="visit-summary-pdf",
            on_done=lambda _pages: self._saved_to(path),
            on_error=lambda error: self._output_failed(self._words.save_problem(error)),
        )

    def print_copy(self) -> None:
        summary = self._summary
        if summary is None:
            return
        printer = choose_printer(self)
        if printer is None:
            return
        self._printer = printer  # kept alive until the worker is done with it
        self._start_output(self.tr("Printing…"))
        self._runner.run(
            lambda _reader: print_summary(summary, printer),
            name="visit-summary-print",
            on_done=lambda _pages: self._printed(),
            on_error=lambda error: self._output_failed(self._words.print_problem(error)),
        )

    def _start_output(self, text: str) -> None:
        self._busy_outputs += 1
        self._set_outputs_enabled(True)
        self._clear_saved()
        self._say(text)

    def _finish_output(self) -> None:
        self._busy_outputs = max(0, self._busy_outputs - 1)
        self._set_outputs_enabled(True)

    def _saved_to(self, path: Path) -> None:
        self._finish_output()
        self._say("")
        self._saved_folder = path.parent
        self.saved.setText(self.tr("Saved as {path}").format(path=str(path)))
        self.saved.setVisible(True)
        self.open_folder.setVisible(True)
        self.open_folder.setFocus()

    def _printed(self) -> None:
        self._finish_output()
        self._printer = None
        self._say(self.tr("Sent to the printer."))

    def _output_failed(self, text: str) -> None:
        self._finish_output()
        self._printer = None
        self._say(text, warn=True)

    def _open_folder(self) -> None:
        if self._saved_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved_folder)))

    # --- closing ------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing drops a summary still being made (the worker's result is not wanted)."""
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        self._pause.stop()
        super().done(result)
