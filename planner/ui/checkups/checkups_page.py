"""The Checkups page: the person's checkups (oncologist visits, tests and scans), coming up
and past."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain.journal import Checkup, CheckupKind, next_checkup
from planner.services.changes import Area
from planner.services.journal import JournalService
from planner.ui.kit.formatting import clock, short_day, short_day_year
from planner.ui.kit.journal_words import checkup_kind, checkup_phrase, next_checkup_text
from planner.ui.kit.ops import run_op
from planner.ui.kit.page import Page
from planner.ui.kit.theme import scaled_font, scrolling_page, set_badge, set_icon

NO_CHECKUP = QT_TRANSLATE_NOOP(
    "CheckupsPage", "No checkup planned. Add your next one so the app can show how long until it."
)


def ask_checkup(
    journal: JournalService, checkup: Checkup | None, parent: QWidget
) -> Checkup | None:
    """Open the checkup editor; the checkup as filled in, or None when cancelled."""
    from planner.ui.checkups.checkup_editor import CheckupEditor  # loaded when first needed

    editor = CheckupEditor(journal, checkup, parent)
    accepted = editor.exec() == QDialog.DialogCode.Accepted
    return editor.result_checkup() if accepted else None


def confirm_delete(checkup: Checkup, parent: QWidget) -> bool:
    """Ask before deleting a checkup, naming it; True when the person said Delete."""
    from PySide6.QtWidgets import QMessageBox  # rarely needed: not loaded at start-up

    box = QMessageBox(parent)
    box.setObjectName("ConfirmDeleteCheckup")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CheckupsPage", "Delete checkup"))
    box.setText(
        QCoreApplication.translate("CheckupsPage", "Delete your {checkup}?").format(
            checkup=checkup_phrase(checkup)
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CheckupsPage", "It comes off your list. Your check-ins are not changed."
        )
    )
    delete = box.addButton(
        QCoreApplication.translate("CheckupsPage", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    delete.setObjectName("ConfirmDelete")
    delete.setAccessibleName(QCoreApplication.translate("CheckupsPage", "Delete the checkup"))
    keep = box.addButton(
        QCoreApplication.translate("CheckupsPage", "Keep it"), QMessageBox.ButtonRole.RejectRole
    )
    keep.setObjectName("KeepCheckup")
    keep.setAccessibleName(QCoreApplication.translate("CheckupsPage", "Keep the checkup"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is delete


def _label(text: str, name: str, *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if muted:
        label.setProperty("role", "muted")
    return label


class CheckupCard(QFrame):
    """One checkup: kind, when, where, the results date, and Edit / Delete.

    Signals:
        edit_clicked(object): the checkup.
        delete_clicked(object): the checkup.
    """

    edit_clicked = Signal(object)
    delete_clicked = Signal(object)

    def __init__(self, checkup: Checkup, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkup = checkup
        self.setObjectName("Panel")
        self.setProperty("checkupId", checkup.id)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        ahead = checkup.day >= today

        outer = QHBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(14)
        badge = QLabel()
        set_badge(badge, "checkups", "accent", 28)
        kind = checkup_kind(checkup.kind)
        badge.setAccessibleName(kind)
        badge_column = QVBoxLayout()
        badge_column.addWidget(badge)
        badge_column.addStretch(1)
        outer.addLayout(badge_column)

        text = QVBoxLayout()
        text.setSpacing(4)
        self.title = _label(kind, "CheckupTitle")
        self.title.setFont(scaled_font(self.title, 1.15, bold=True))
        text.addWidget(self.title)
        when = self.when_text(checkup)
        self.when = _label(self.how_soon(when, checkup, today) if ahead else when, "CheckupWhen")
        text.addWidget(self.when)
        self.place = _label(checkup.place, "CheckupPlace", muted=True)
        self.place.setVisible(bool(checkup.place))
        text.addWidget(self.place)
        self.results = _label(self.results_text(checkup), "CheckupResults", muted=True)
        self.results.setVisible(bool(self.results.text()))
        text.addWidget(self.results)
        text.addStretch(1)
        outer.addLayout(text, 1)

        name = checkup_phrase(checkup)
        self.edit_button = QPushButton(self.tr("Edit"))
        set_icon(self.edit_button, "edit")
        self.edit_button.setObjectName("EditCheckup")
        self.edit_button.setAccessibleName(self.tr("Edit {checkup}").format(checkup=name))
        self.edit_button.clicked.connect(lambda: self.edit_clicked.emit(self.checkup))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("DeleteCheckup")
        self.delete_button.setAccessibleName(self.tr("Delete {checkup}").format(checkup=name))
        self.delete_button.clicked.connect(lambda: self.delete_clicked.emit(self.checkup))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        button_column = QVBoxLayout()
        button_column.addLayout(buttons)
        button_column.addStretch(1)
        outer.addLayout(button_column)

        parts = [kind, self.when.text(), checkup.place, self.results.text()]
        between = self.tr(", ", "between the parts of a checkup")
        self.setAccessibleName(between.join(p for p in parts if p))

    def when_text(self, checkup: Checkup) -> str:
        """ "Thu 3 Dec 2026, 09:30", or just the date when the time is not known."""
        day = short_day_year(checkup.day)
        if checkup.at is None:
            return day
        return self.tr("{day}, {time}").format(day=day, time=clock(checkup.at))

    def how_soon(self, when: str, checkup: Checkup, today: date) -> str:
        """ "Thu 3 Dec 2026 (in 8 days)", or today, tomorrow, for a checkup still ahead."""
        days = checkup.days_until(today)
        if days == 0:
            return self.tr("{when} (today)").format(when=when)
        if days == 1:
            return self.tr("{when} (tomorrow)").format(when=when)
        return self.tr("{when} (in %n days)", "", days).format(when=when)

    def results_text(self, checkup: Checkup) -> str:
        """ "Results expected Tue 8 Dec" (the year only when it differs from the checkup's).

        Without a date: a gentle word for a blood test or a scan, whose results come later;
        nothing for a visit or another checkup, where results may not apply.
        """
        if checkup.results_on is None:
            if checkup.kind in (CheckupKind.BLOOD_TEST, CheckupKind.SCAN):
                return self.tr("No date for the results yet. You can add it when you know it.")
            return ""
        same_year = checkup.results_on.year == checkup.day.year
        day = short_day(checkup.results_on) if same_year else short_day_year(checkup.results_on)
        return self.tr("Results expected {day}").format(day=day)


class CheckupsPage(Page):
    """Lists the checkups, coming up and past, with buttons to add, change and delete."""

    areas = (Area.CHECKUPS,)

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(journal.bus, parent)
        self.setObjectName("CheckupsPage")
        self._journal = journal
        self._today = journal.today()
        self.cards: list[CheckupCard] = []

        layout = scrolling_page(self, self.tr("Checkups"), spacing=12)

        top = QFrame()
        top.setObjectName("Panel")
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(20, 16, 20, 16)
        top_row.setSpacing(16)
        self.next_label = _label("", "NextCheckup")
        self.next_label.setFont(scaled_font(self.next_label, 1.15, bold=True))
        top_row.addWidget(self.next_label, 1)
        self.add_button = QPushButton(self.tr("Add a checkup"))
        set_icon(self.add_button, "add", "on_accent")
        self.add_button.setObjectName("AddCheckup")
        self.add_button.setAccessibleName(self.tr("Add a checkup"))
        self.add_button.setProperty("primary", "true")
        self.add_button.clicked.connect(self._add)
        top_row.addWidget(self.add_button)
        layout.addWidget(top)
        layout.addWidget(
            _label(
                self.tr(
                    "Keep your checkups here, past ones too: visits with your oncologist, "
                    "blood tests and scans. Your check-ins are grouped by the time between "
                    "them."
                ),
                "CheckupsHint",
                muted=True,
            )
        )

        layout.addSpacing(6)
        self.coming_box, self.coming_empty = self._section(
            layout, self.tr("Coming up"), "ComingUpHeading", self.tr("Nothing planned yet.")
        )
        layout.addSpacing(6)
        self.past_box, self.past_empty = self._section(
            layout, self.tr("Past checkups"), "PastHeading", self.tr("No past checkups yet.")
        )
        layout.addStretch(1)

        self.refresh()

    @staticmethod
    def _section(
        layout: QVBoxLayout, title: str, name: str, empty: str
    ) -> tuple[QVBoxLayout, QLabel]:
        heading = QLabel(title)
        heading.setObjectName(name)
        heading.setFont(scaled_font(heading, 1.25, bold=True))
        layout.addWidget(heading)
        empty_label = _label(empty, f"{name}Empty", muted=True)
        layout.addWidget(empty_label)
        box = QVBoxLayout()
        box.setSpacing(10)
        layout.addLayout(box)
        return box, empty_label

    # --- state ---------------------------------------------------------------

    def refresh(self) -> None:
        """Show the saved checkups again (after a change, or on a new day: "in 3 days"
        becomes "in 2 days")."""
        self._today = today = self._journal.today()
        checkups = self._journal.checkups()
        upcoming = next_checkup(checkups, today)
        if upcoming is not None:
            self.next_label.setText(next_checkup_text(upcoming, today))
        else:
            self.next_label.setText(QCoreApplication.translate("CheckupsPage", NO_CHECKUP))
        for card in self.cards:
            self.coming_box.removeWidget(card)
            self.past_box.removeWidget(card)
            card.hide()  # kept in the page until deleted, so it never becomes a window
            card.deleteLater()
        self.cards = []
        ahead = sorted(
            (c for c in checkups if c.day >= today), key=lambda c: (c.starts(), c.id or 0)
        )
        past = sorted(
            (c for c in checkups if c.day < today),
            key=lambda c: (c.starts(), c.id or 0),
            reverse=True,
        )
        for box, empty, group in (
            (self.coming_box, self.coming_empty, ahead),
            (self.past_box, self.past_empty, past),
        ):
            empty.setVisible(not group)
            for checkup in group:
                card = CheckupCard(checkup, today)
                card.edit_clicked.connect(self._edit)
                card.delete_clicked.connect(self._delete)
                box.addWidget(card)
                self.cards.append(card)

    def card_for(self, checkup_id: int) -> CheckupCard | None:
        return next((c for c in self.cards if c.checkup.id == checkup_id), None)

    # --- actions -------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> object | None:
        return run_op(self, action).value

    def add_checkup(self) -> None:
        """Open the editor for a new checkup (for a menu or a button elsewhere)."""
        self._add()

    def _add(self) -> None:
        checkup = ask_checkup(self._journal, None, self)
        if checkup is not None:
            self._save(checkup)

    def _edit(self, checkup: Checkup) -> None:
        edited = ask_checkup(self._journal, checkup, self)
        if edited is not None and edited != checkup:
            self._save(edited)

    def _save(self, checkup: Checkup) -> None:
        saved = self._run(lambda: self._journal.save_checkup(checkup))
        if isinstance(saved, Checkup) and saved.id is not None:
            if self.stale:  # a hidden page is not refreshed by the change
                self.refresh()
            card = self.card_for(saved.id)
            if card is not None:
                card.edit_button.setFocus()

    def _delete(self, checkup: Checkup) -> None:
        if checkup.id is None or not confirm_delete(checkup, self):
            return
        self._run(lambda: self._journal.delete_checkup(checkup))
        if self.stale:
            self.refresh()
        self.add_button.setFocus()
