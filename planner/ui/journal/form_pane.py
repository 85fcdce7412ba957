"""The Journal's upper pane: the page's title, its notes (care team, questions) and the
check-in form in a card whose fields scroll while its buttons stay in view."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.services.journal import JournalService
from planner.ui.journal.checkin_form import CheckInForm
from planner.ui.kit.theme import scaled_font

MARGIN = 32
CARD_BORDER = 1
#: Room kept around a field scrolled into view.
VIEW_MARGIN = 8


def scroll_area(inner: QWidget, name: str) -> QScrollArea:
    """A frameless area that scrolls up and down only (never sideways)."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def height_at(widget: QWidget, width: int) -> int:
    """The height ``widget`` needs at ``width`` (0 when hidden)."""
    if widget.isHidden():
        return 0
    if widget.hasHeightForWidth():
        return max(widget.heightForWidth(width), widget.minimumSizeHint().height())
    return widget.sizeHint().height()


class FormPane(QWidget):
    """Title, ``banners`` (a layout the window fills) and the check-in card."""

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JournalTop")
        self._column = column = QVBoxLayout(self)
        column.setContentsMargins(MARGIN, 24, MARGIN, 12)
        column.setSpacing(12)
        self.title = QLabel(self.tr("Journal"))
        self.title.setObjectName("PageTitle")
        self.title.setFont(scaled_font(self.title, 1.8, bold=True))
        # The title, and beside it a way to note a question for the next checkup.
        self.title_row = QWidget()
        title_line = QHBoxLayout(self.title_row)
        title_line.setContentsMargins(0, 0, 0, 0)
        title_line.addWidget(self.title)
        title_line.addStretch(1)
        self.question_button = QPushButton(self.tr("Add a question"))
        self.question_button.setObjectName("JournalAddQuestion")
        self.question_button.setProperty("role", "link")
        self.question_button.setAccessibleName(self.tr("Add a question for my next checkup"))
        title_line.addWidget(self.question_button)
        column.addWidget(self.title_row)
        self.banners = QVBoxLayout()
        self.banners.setSpacing(8)
        column.addLayout(self.banners)
        self.card = QFrame()
        self.card.setObjectName("Panel")
        self._inside = inside = QVBoxLayout(self.card)
        inside.setContentsMargins(18, 14, 18, 14)
        inside.setSpacing(8)
        self.form = CheckInForm(journal, actions_apart=True)
        fields = QWidget()
        fields.setObjectName("PageBody")
        holder = QVBoxLayout(fields)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.addWidget(self.form)
        holder.addStretch(1)
        # The fields scroll inside the card when the room is short; the buttons stay put.
        self.fields_scroll = scroll_area(fields, "CheckInFields")
        self.fields_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inside.addWidget(self.fields_scroll, 1)
        inside.addWidget(self.form.actions)
        column.addWidget(self.card, 1)
        # Wherever the focus goes in the fields (Tab, a click, the program), it is in view,
        # also once the fields' room changes (the details just opened, the window resized).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.fields_scroll.installEventFilter(self)
        fields.installEventFilter(self)  # the fields grow when the details open

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched in (
            self.fields_scroll,
            self.fields_scroll.widget(),
        ):
            self._focus_moved(None, QApplication.focusWidget())
        return False

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        fields = self.fields_scroll.widget()
        if new is not None and fields is not None and fields.isAncestorOf(new):
            # Once the layout has settled (the details may have just opened).
            QTimer.singleShot(0, lambda: self._keep_in_view(new))

    def _keep_in_view(self, widget: QWidget) -> None:
        if not shiboken6.isValid(widget) or not shiboken6.isValid(self):
            return  # gone in the meantime
        fields = self.fields_scroll.widget()
        if fields is None or not fields.isAncestorOf(widget) or not widget.isVisible():
            return
        # The whole field and the line of its title above it when they fit (the note:
        # not only the line with the cursor, as ensureWidgetVisible would).
        top = widget.mapTo(fields, QPoint(0, 0))
        above = self.fontMetrics().lineSpacing() + VIEW_MARGIN
        height = above + widget.height() + VIEW_MARGIN
        if height <= self.fields_scroll.maximumViewportSize().height():
            middle = top.y() - above + height // 2
            self.fields_scroll.ensureVisible(top.x(), middle, VIEW_MARGIN, height // 2)
        else:  # too tall for the room: its title at the top, then as much as fits
            self.fields_scroll.verticalScrollBar().setValue(top.y() - above)

    def _banner_widgets(self) -> list[QWidget]:
        items = (self.banners.itemAt(i) for i in range(self.banners.count()))
        return [w for item in items if item is not None and (w := item.widget()) is not None]

    def heights(self, width: int) -> tuple[int, int, int]:
        """At ``width``: the least height (the title, the notes and the buttons, with a few
        lines of the fields, which then scroll), the height that shows the form's
        essentials too (heading, mood and worry), and the height wanted (every field)."""
        column, inside = self._column, self._inside
        outer, card = column.contentsMargins(), inside.contentsMargins()
        inner = width - outer.left() - outer.right()
        card_width = inner - card.left() - card.right() - 2 * CARD_BORDER
        bar = self.fields_scroll.verticalScrollBar()
        if self.fields_scroll.isVisible() and bar.isVisible():
            card_width -= bar.width()  # a scroll bar takes some of the width just now
        shown = [w for w in (self.title_row, *self._banner_widgets()) if not w.isHidden()]
        held = [height_at(w, inner) for w in shown]
        for widget, height in zip(shown, held, strict=True):
            if widget.minimumHeight() != height:
                widget.setMinimumHeight(height)
        fixed = outer.top() + outer.bottom() + sum(held)
        fixed += column.spacing() * len(shown)
        fixed += card.top() + card.bottom() + 2 * CARD_BORDER
        fixed += inside.spacing() + height_at(self.form.actions, card_width)
        least = fixed + self.form.essential_height(card_width)
        wanted = fixed + height_at(self.form, card_width)
        return least, max(least, wanted)

    def focus_note(self) -> None:
        self.form.note.setFocus()

    def show_form_top(self) -> None:
        self.fields_scroll.verticalScrollBar().setValue(0)
