"""What one room asks of another, carried out by the window: open the questions, add a
question, prepare for a checkup, book one from its reminder; and the window's shortcuts.

Rooms never import each other: a page emits a signal, ``navigation`` connects it here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.ui.navigation import PAGES, shortcut

if TYPE_CHECKING:
    from planner.services.visit_summary import SummaryMaker
    from planner.ui.kit.window import WindowActions
    from planner.ui.navigation import PageServices

#: Add a question for the next checkup, from anywhere in the window.
ADD_QUESTION_KEYS = "Ctrl+Shift+A"


class WindowLinks:
    """The window's actions that cross rooms."""

    def __init__(self, window: WindowActions, services: PageServices) -> None:
        self._window = window
        self._services = services
        self._maker: SummaryMaker | None = None

    def install_shortcuts(self) -> None:
        """Ctrl+1 ... for the pages, Ctrl+N a new item, Ctrl+Shift+A a question, Ctrl+Q quit."""
        from PySide6.QtGui import QKeySequence, QShortcut  # two slow-to-load Qt classes

        window = self._window
        for index in range(min(len(PAGES), 9)):  # Ctrl+1 to Ctrl+9
            QShortcut(QKeySequence(shortcut(index)), window, lambda i=index: window.go_to(i))
        QShortcut(QKeySequence("Ctrl+N"), window, self.new_item)
        QShortcut(QKeySequence(ADD_QUESTION_KEYS), window, self.add_question)
        # Ctrl+Q everywhere, once: the platform's Quit key too would cancel it out on Linux.
        QShortcut(QKeySequence("Ctrl+Q"), window, window.quit_app)

    def new_item(self) -> None:
        self._window.show_page("items")
        self._window.page("items").add_item()  # type: ignore[attr-defined]

    def add_question(self) -> None:
        """A small box for one question; it goes on the list for the next checkup."""
        from planner.ui.questions.quick_add import ask_for_question

        self._window.bring_forward()
        ask_for_question(self._services.questions(), self._window)  # type: ignore[arg-type]

    def open_questions(self) -> None:
        self._window.bring_forward()
        self._window.show_page("questions")

    def open_checkup(self, checkup_id: int, book: bool) -> None:
        """The Checkups page; with ``book``, the booking form of that planned checkup."""
        self._window.bring_forward()
        self._window.show_page("checkups")
        if book:
            self._window.page("checkups").book(checkup_id)  # type: ignore[attr-defined]

    def prepare_checkup(self) -> None:
        """The visit summary: the weeks since the last checkup, to save or print."""
        from PySide6.QtWidgets import QApplication

        from planner.services.visit_summary import SummaryMaker
        from planner.ui.visit.summary_dialog import VisitSummaryDialog

        checklist = self._services.checklist
        if self._maker is None:
            self._maker = SummaryMaker(checklist.store, lambda: checklist.zone.key, checklist.today)
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self._maker.shutdown)
        maker = self._maker
        self._window.bring_forward()
        dialog = VisitSummaryDialog(
            maker.runner,
            maker.summarize,  # type: ignore[arg-type]
            maker.period(),
            self._window,  # type: ignore[arg-type]
        )
        dialog.exec()
