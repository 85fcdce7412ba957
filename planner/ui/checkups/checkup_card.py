"""The cards of the Checkups page: a booked checkup, and a planned one to book."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain.journal import Checkup, CheckupKind
from planner.ui.checkups.checkup_words import unbroken
from planner.ui.kit.balanced_rows import BalancedRows
from planner.ui.kit.formatting import clock, short_day, short_day_year
from planner.ui.kit.journal_words import checkup_kind, checkup_phrase
from planner.ui.kit.theme import scaled_font, set_badge, set_icon

#: A planned checkup's "in N weeks" becomes "in about N months" from this many days.
WEEKS_UP_TO = 13 * 7
DAYS_PER_MONTH = 30.44
#: The card's text is never narrower than about this many characters.
TEXT_MIN_CHARS = 20


def card_label(text: str, name: str, *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if muted:
        label.setProperty("role", "muted")
    return label


class CardFrame(QFrame):
    """A card of the page: a badge, a column of text, and buttons at the top right that
    go one above the other when the text would otherwise be squeezed (a narrow window,
    large text). The card grows with its wrapped text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        # Preferred, not Maximum: a card must be able to grow to its wrapped text's height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._buttons = QWidget()
        self._buttons.setObjectName("CardButtons")
        self._text_least = 0

    def add_parts(
        self,
        outer: QHBoxLayout,
        badge: QLabel,
        text: QVBoxLayout,
        title: QLabel,
        *buttons: QPushButton,
    ) -> None:
        badge_column = QVBoxLayout()
        badge_column.addWidget(badge)
        badge_column.addStretch(1)
        outer.addLayout(badge_column)
        title.setMinimumWidth(title.fontMetrics().averageCharWidth() * TEXT_MIN_CHARS)
        outer.addLayout(text, 1)
        rows = BalancedRows(self._buttons, spacing=8)
        for button in buttons:
            rows.addWidget(button)
        button_column = QVBoxLayout()
        button_column.addWidget(self._buttons)
        button_column.addStretch(1)
        outer.addLayout(button_column)
        margins = outer.contentsMargins()
        self._text_least = (
            margins.left()
            + margins.right()
            + badge.sizeHint().width()
            + 2 * outer.spacing()
            + title.minimumWidth()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        # What the text does not need goes to the buttons; less than side by side
        # needs puts them one above the other.
        least = self._buttons.minimumSizeHint().width()
        self._buttons.setMaximumWidth(max(event.size().width() - self._text_least, least))
        super().resizeEvent(event)


class CheckupCard(CardFrame):
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
        self.setProperty("checkupId", checkup.id)
        ahead = checkup.day >= today

        outer = QHBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(14)
        badge = QLabel()
        set_badge(badge, "checkups", "accent", 28)
        kind = checkup.title or checkup_kind(checkup.kind)
        badge.setAccessibleName(kind)

        text = QVBoxLayout()
        text.setSpacing(4)
        self.title = card_label(kind, "CheckupTitle")
        self.title.setFont(scaled_font(self.title, 1.15, bold=True))
        text.addWidget(self.title)
        when = self.when_text(checkup)
        self.when = card_label(
            self.how_soon(when, checkup, today) if ahead else when, "CheckupWhen"
        )
        text.addWidget(self.when)
        self.place = card_label(checkup.place, "CheckupPlace", muted=True)
        self.place.setVisible(bool(checkup.place))
        text.addWidget(self.place)
        self.results = card_label(self.results_text(checkup), "CheckupResults", muted=True)
        self.results.setVisible(bool(self.results.text()))
        text.addWidget(self.results)
        text.addStretch(1)

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
        self.add_parts(outer, badge, text, self.title, self.edit_button, self.delete_button)

        parts = [kind, self.when.text(), checkup.place, self.results.text()]
        between = self.tr(", ", "between the parts of a checkup")
        self.setAccessibleName(between.join(p for p in parts if p))

    def when_text(self, checkup: Checkup) -> str:
        """ "Thu 3 Dec 2026, 09:30", or just the date when the time is not known."""
        day = unbroken(short_day_year(checkup.day))
        if checkup.at is None:
            return day
        return self.tr("{day}, {time}").format(day=day, time=unbroken(clock(checkup.at)))

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
        day = unbroken(day)
        return self.tr("Results expected {day}").format(day=day)


class PlannedCard(CardFrame):
    """A checkup the follow-up schedule planned: when it is due, "Book it" and "Not needed".

    Signals:
        book_clicked(object): the checkup.
        drop_clicked(object): the checkup.
    """

    book_clicked = Signal(object)
    drop_clicked = Signal(object)

    def __init__(self, checkup: Checkup, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkup = checkup
        self.setProperty("checkupId", checkup.id)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        outer.setSpacing(14)
        badge = QLabel()
        set_badge(badge, "checkups", "muted", 28)
        name = checkup.title or checkup_kind(checkup.kind)
        badge.setAccessibleName(name)

        text = QVBoxLayout()
        text.setSpacing(4)
        self.title = card_label(name, "PlannedTitle")
        self.title.setFont(scaled_font(self.title, 1.15, bold=True))
        text.addWidget(self.title)
        self.when = card_label(self.due_text(checkup, today), "PlannedWhen")
        text.addWidget(self.when)
        self.state = card_label(self.state_text(checkup, today), "PlannedState", muted=True)
        text.addWidget(self.state)
        text.addStretch(1)

        phrase = checkup_phrase(checkup)
        self.book_button = QPushButton(self.tr("Book it…"))
        set_icon(self.book_button, "done")
        self.book_button.setObjectName("BookCheckup")
        self.book_button.setAccessibleName(
            self.tr("I booked my {checkup}: enter its date").format(checkup=phrase)
        )
        self.book_button.clicked.connect(lambda: self.book_clicked.emit(self.checkup))
        self.drop_button = QPushButton(self.tr("Not needed"))
        self.drop_button.setObjectName("DropPlanned")
        self.drop_button.setAccessibleName(
            self.tr("Take the planned {checkup} off the list").format(checkup=phrase)
        )
        self.drop_button.clicked.connect(lambda: self.drop_clicked.emit(self.checkup))
        self.add_parts(outer, badge, text, self.title, self.book_button, self.drop_button)
        between = self.tr(", ", "between the parts of a checkup")
        self.setAccessibleName(between.join((name, self.when.text(), self.state.text())))

    def due_text(self, checkup: Checkup, today: date) -> str:
        """ "Due around Tue 29 Dec 2026 (in 5 weeks)"; "(in about 4 months)" further ahead."""
        due = checkup.due_on or checkup.day
        day = unbroken(short_day_year(due))
        days = (due - today).days
        if days < 0:
            return self.tr("Was due around {day}").format(day=day)
        if days == 0:
            return self.tr("Due around {day} (today)").format(day=day)
        if days == 1:
            return self.tr("Due around {day} (tomorrow)").format(day=day)
        if days < 14:
            return self.tr("Due around {day} (in %n days)", "", days).format(day=day)
        if days < WEEKS_UP_TO:
            return self.tr("Due around {day} (in %n weeks)", "", days // 7).format(day=day)
        months = round(days / DAYS_PER_MONTH)
        return self.tr("Due around {day} (in about %n months)", "", months).format(day=day)

    def state_text(self, checkup: Checkup, today: date) -> str:
        """Planned, not booked yet: what to do, in one line."""
        due = checkup.due_on or checkup.day
        if due < today:
            return self.tr(
                'Not booked yet. If you already went, choose "Book it" and enter the day you went.'
            )
        return self.tr("Planned from your follow-up schedule. Not booked yet.")
