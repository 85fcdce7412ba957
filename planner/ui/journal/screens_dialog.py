"""The questions asked every two weeks (PHQ-2 and GAD-2), asked kindly, and the card that
offers them.

The standard wording is shown word for word from ``planner.ui.kit.screen_words``. The dialog
never shows a score or names a condition. After answers that are positive it answers at
once, every time, with a short kind word and who to call (whatever care-team note was
shown or dismissed before); otherwise it thanks the person. Both say the app is not for
emergencies.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.screens import SCREEN_ORDER, ScreenKind, any_positive
from planner.services.changes import Area
from planner.services.journal import CARE_CONTACT_SETTINGS, JournalService
from planner.services.settings import SCREENS_ON
from planner.ui.kit.ops import run_op
from planner.ui.kit.page import ChangeWatch
from planner.ui.kit.screen_words import (
    emergency_text,
    screen_answers,
    screen_items,
    screen_stem,
    screens_title,
    support_heading,
    support_text,
    thanks_text,
    who_to_call,
)
from planner.ui.kit.theme import colors, scaled_font


def _label(text: str, name: str, role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a care team's name is shown as typed
    if role:
        label.setProperty("role", role)
    return label


def _button(text: str, name: str, accessible: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    if primary:
        button.setProperty("primary", "true")
    return button


class ScreensDialog(QDialog):
    """Ask the four questions; Save keeps them with the journal, "Not now" keeps nothing.

    Signals:
        saved: the answers were stored (the dialog then shows its answer and Close).
    """

    saved = Signal()

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScreensDialog")
        self.setWindowTitle(screens_title())
        self._journal = journal
        self.positive = False  # the answers saved were positive (the support step shows)
        self._groups: dict[tuple[ScreenKind, int], QButtonGroup] = {}
        self.radios: dict[tuple[ScreenKind, int, int], QRadioButton] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget()
        self._stack.setObjectName("ScreensPages")
        outer.addWidget(self._stack)
        self._stack.addWidget(self._questions_page())
        self._stack.addWidget(self._thanks_page())
        self._update_save()
        self._enlarge_targets()
        self._size_to_content()
        # A contact changed in Settings shows at once in the answer already on screen.
        ChangeWatch(journal.bus, self, self._show_answer, (), CARE_CONTACT_SETTINGS)

    # --- Building ------------------------------------------------------------

    def _questions_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("ScreensQuestionsPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("ScreensScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a tab stop of its own: focus goes straight to the first answer, and the area
        # scrolls to whichever answer has focus.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._body = QWidget()
        self._body.setObjectName("PageBody")
        self._scroll.setWidget(self._body)
        column.addWidget(self._scroll, 1)

        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        heading = _label(screens_title(), "ScreensHeading")
        heading.setFont(scaled_font(heading, 1.35, bold=True))
        layout.addWidget(heading)
        intro = self.tr(
            "These four short questions take about a minute, and you can skip them. "
            "Your answers are kept only on this computer, with your journal. Nobody "
            "else reads them, not even your care team. "
            "You can switch these questions off in Settings."
        )
        layout.addWidget(_label(intro, "ScreensIntro"))
        layout.addWidget(_label(emergency_text(), "ScreensEmergency"))
        source = self.tr(
            "The questions are the PHQ-2 and the GAD-2, two short checklists that many "
            "clinics use. They were made by Kroenke, Spitzer, Williams and colleagues, "
            "and they are free to use."
        )
        layout.addWidget(_label(source, "ScreensSource", role="muted"))
        stem = _label(screen_stem(), "ScreensStem")
        stem.setFont(scaled_font(stem, 1.05, bold=True))
        layout.addWidget(stem)
        for kind in SCREEN_ORDER:
            for number, question in enumerate(screen_items(kind), start=1):
                layout.addWidget(self._question_card(kind, number, question))
        layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 10, 24, 18)
        buttons.setSpacing(10)
        self.progress_label = _label("", "ScreensAnswered", role="muted")
        buttons.addWidget(self.progress_label, 1)
        self.not_now_button = _button(
            self.tr("Not now"), "ScreensNotNow", self.tr("Not now, close without saving")
        )
        self.not_now_button.clicked.connect(self.reject)
        buttons.addWidget(self.not_now_button)
        self.save_button = _button(
            self.tr("Save"), "ScreensSave", self.tr("Save my answers"), primary=True
        )
        self.save_button.clicked.connect(self._save)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        return page

    def _question_card(self, kind: ScreenKind, number: int, question: str) -> QFrame:
        card = QFrame()
        card.setObjectName("Panel")
        card.setAccessibleName(question)
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(6)
        text = _label(question, f"Question_{kind.value}_{number}")
        text.setProperty("role", "title")
        box.addWidget(text)
        group = QButtonGroup(card)
        group.setExclusive(True)
        for score, answer in enumerate(screen_answers()):
            radio = QRadioButton(answer)
            radio.setObjectName(f"{kind.value}_{number}_{score}")
            radio.setAccessibleName(
                self.tr("{question}: {answer}").format(question=question, answer=answer)
            )
            group.addButton(radio, score)
            box.addWidget(radio)
            self.radios[(kind, number, score)] = radio
        group.idToggled.connect(lambda _id, on: self._update_save() if on else None)
        self._groups[(kind, number)] = group
        return card

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("ScreensThanksPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 18)
        layout.setSpacing(16)
        self.thanks_label = _label(thanks_text(), "ScreensThanks")
        self.thanks_label.setFont(scaled_font(self.thanks_label, 1.15, bold=True))
        layout.addWidget(self.thanks_label)
        # After positive answers: a kind word, then who to call (selectable, to copy a phone)
        # and the emergency line; else only a quiet emergency line under the thank-you.
        self.support_label = _label(support_text(), "ScreensSupport")
        self.support_label.setVisible(False)
        layout.addWidget(self.support_label)
        self.call_label = _label("", "ScreensWhoToCall")
        self.call_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.call_label.setVisible(False)
        layout.addWidget(self.call_label)
        self.emergency_label = _label(emergency_text(), "ScreensThanksEmergency", role="muted")
        layout.addWidget(self.emergency_label)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = self.tr("Close")
        self.close_button = _button(close, "ScreensClose", close, primary=True)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        return page

    def _enlarge_targets(self) -> None:
        """Bigger round targets and roomier rows, in step with the text size (tired hands)."""
        side = max(18, round(self.fontMetrics().height() * 0.95))
        c = colors()
        # Drawn by us so the circle and its dot stay clear in light and dark themes.
        dot = (
            "qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, "
            f"stop:0 {c['accent']}, stop:0.5 {c['accent']}, stop:0.56 {c['card']}, "
            f"stop:1 {c['card']})"
        )
        self._body.setStyleSheet(
            f"QRadioButton {{ spacing: 10px; padding: 3px 0px; color: {c['text']}; }}"
            f"QRadioButton::indicator {{ width: {side}px; height: {side}px; "
            f"border-radius: {side // 2 + 2}px; border: 2px solid {c['muted']}; "
            f"background: {c['card']}; }}"
            f"QRadioButton::indicator:hover {{ border-color: {c['accent']}; }}"
            # A thicker ring for keyboard focus, at the same outer size so nothing moves.
            f"QRadioButton::indicator:focus {{ width: {side - 2}px; height: {side - 2}px; "
            f"border: 3px solid {c['accent']}; }}"
            f"QRadioButton::indicator:checked {{ border-color: {c['accent']}; "
            f"background: {dot}; }}"
            f"QRadioButton:focus {{ color: {c['accent']}; }}"
        )

    def _size_to_content(self) -> None:
        """Wide enough for calm reading, tall enough for all questions when the screen allows."""
        width = max(560, self.fontMetrics().averageCharWidth() * 66)
        body_height = self._body.layout().heightForWidth(width) or self._body.sizeHint().height()
        wanted = body_height + self.save_button.sizeHint().height() + 40
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = int(screen.height() * 0.85) if screen else 720
        self.resize(width, min(wanted, limit))

    # --- Answers -------------------------------------------------------------

    def answers(self) -> dict[ScreenKind, tuple[int, int]] | None:
        """The chosen scores (0 to 3) per screen, or None until all four are answered."""
        chosen = {key: group.checkedId() for key, group in self._groups.items()}
        if any(score < 0 for score in chosen.values()):
            return None
        return {kind: (chosen[(kind, 1)], chosen[(kind, 2)]) for kind in SCREEN_ORDER}

    def _update_save(self) -> None:
        done = sum(1 for group in self._groups.values() if group.checkedId() >= 0)
        total = len(self._groups)
        self.save_button.setEnabled(done == total)
        self.progress_label.setText(
            self.tr("All answered.")
            if done == total
            else self.tr("%n of {total} answered", "", done).format(total=total)
        )

    def _save(self) -> None:
        answers = self.answers()
        if answers is None:
            return
        done = run_op(
            self,
            lambda: self._journal.save_screens(answers),
            title=self.tr("Your answers were not saved"),
        )
        if not done:
            return
        self.positive = any_positive(done.value or ())
        self._show_answer()
        self._stack.setCurrentIndex(1)
        thanks = self._stack.currentWidget()
        self.resize(self.width(), thanks.layout().totalHeightForWidth(self.width()))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.saved.emit()

    def _show_answer(self) -> None:
        """The last step's words: support and who to call after positive answers, else a
        plain thank-you; the care team's contact as it is now in Settings."""
        if self.positive:
            self.thanks_label.setText(support_heading())
            self.call_label.setText(who_to_call(self._journal.care_contact()))
        else:
            self.thanks_label.setText(thanks_text())
        for label in (self.support_label, self.call_label):
            label.setVisible(self.positive)
        self.emergency_label.setVisible(not self.positive)  # said in who to call

    @property
    def is_saved(self) -> bool:
        return self._stack.currentIndex() == 1

    def reject(self) -> None:
        # Once saved, closing by Esc or the window's X still means "done", not "cancelled".
        if self.is_saved:
            self.accept()
        else:
            super().reject()


class ScreensPrompt(QFrame):
    """A slim card offering the questions when they are due; "Not now" hides it for now.

    Signals:
        answered: the questions were answered and saved through this card.
    """

    answered = Signal()

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScreensPrompt")
        self._journal = journal
        self._put_off = False
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 12, 10)
        row.setSpacing(10)
        self.text_label = _label(
            self.tr(
                "It's time for the four short questions we ask every two weeks. "
                "They take about a minute."
            ),
            "ScreensPromptText",
        )
        row.addWidget(self.text_label, 1)
        self.answer_button = _button(
            self.tr("Answer now"),
            "ScreensAnswerNow",
            self.tr("Answer the questions about the last two weeks now"),
            primary=True,
        )
        self.answer_button.clicked.connect(self.open_dialog)
        row.addWidget(self.answer_button)
        self.later_button = _button(
            self.tr("Not now"), "ScreensPromptNotNow", self.tr("Not now, ask me later")
        )
        self.later_button.clicked.connect(self._not_now)
        row.addWidget(self.later_button)
        c = colors()
        self.setStyleSheet(
            f"QFrame#ScreensPrompt {{ background: {c['accent_soft']}; "
            f"border: 1px solid {c['border']}; border-radius: 12px; }}"
        )
        ChangeWatch(journal.bus, self, self.refresh, (Area.SCREENS,), (SCREENS_ON,))
        # Only hidden here, never shown: a card without a parent yet would open as a window.
        if not self._wanted():
            self.hide()

    def _wanted(self) -> bool:
        return not self._put_off and self._journal.screens_due()

    def refresh(self) -> None:
        """Show the card only when the questions are due and were not put off this session."""
        self.setVisible(self._wanted())

    def _not_now(self) -> None:
        self._put_off = True
        self.hide()

    def open_dialog(self) -> bool:
        """Open the questions; True when they were saved."""
        dialog = ScreensDialog(self._journal, self.window())
        try:
            dialog.exec()
            saved = dialog.is_saved
        finally:
            dialog.deleteLater()
        self.refresh()
        if saved:
            self.answered.emit()
        return saved
