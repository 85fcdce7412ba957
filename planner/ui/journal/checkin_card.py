"""Today's journal card: "How are you today?" in three clicks, and the next checkup.

The card keeps no draft of its own. When the Journal's form holds a check-in not saved
yet (kept as a draft, also after a crash), the card says so and offers to continue it in
the Journal instead of its quick form, so nothing typed there is ever overwritten.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.journal import JournalEntry, JournalFilter
from planner.services.changes import Area
from planner.services.journal import CHECKIN_DRAFT, JournalService
from planner.ui.journal.checkin_draft import read_draft
from planner.ui.journal.checkin_form import CheckInForm
from planner.ui.journal.journal_model import local_time
from planner.ui.kit.formatting import clock
from planner.ui.kit.journal_words import mood_in_sentence, next_checkup_text
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.page import ChangeWatch
from planner.ui.kit.theme import scaled_font

log = logging.getLogger(__name__)


class CheckInCard(QFrame):
    """The next checkup, then the quick check-in, today's last one, or the unsaved one.

    Signals:
        open_journal(object): go to the Journal page; carries (mood, worry) already chosen.
        question_requested(): "Add a question" (for the next checkup).
    """

    open_journal = Signal(object)
    question_requested = Signal()

    def __init__(self, journal: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        self.setAccessibleName(self.tr("How are you today?"))
        self._journal = journal
        self._asked_again = False
        self._draft_stale = False
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(8)
        self.next_checkup = QLabel()
        self.next_checkup.setObjectName("NextCheckup")
        self.next_checkup.setWordWrap(True)
        self.next_checkup.setFont(scaled_font(self.next_checkup, 1.0, bold=True))
        # Beside the next checkup: a question for it, in two clicks from Today.
        self.question_button = QPushButton(self.tr("Add a question"))
        self.question_button.setObjectName("CheckInAddQuestion")
        self.question_button.setProperty("role", "link")
        self.question_button.setAccessibleName(self.tr("Add a question for my next checkup"))
        self.question_button.clicked.connect(self.question_requested)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.next_checkup, 1)
        top.addStretch(0)  # the link stays on the right while no checkup is shown
        top.addWidget(self.question_button)
        box.addLayout(top)
        self.form = CheckInForm(journal, compact=True)
        self.form.more_requested.connect(lambda: self.open_journal.emit(self.form.mood_and_worry()))
        self.form.saved.connect(self._on_saved)
        box.addWidget(self.form)

        self.done_row = QWidget()
        done = QHBoxLayout(self.done_row)
        done.setContentsMargins(0, 0, 0, 0)
        self.done_label = QLabel()
        self.done_label.setObjectName("CheckedInToday")
        self.done_label.setWordWrap(True)
        done.addWidget(self.done_label, 1)
        self.again_button = QPushButton(self.tr("Check in again"))
        self.again_button.setObjectName("CheckInAgain")
        self.again_button.setAccessibleName(self.tr("Check in again"))
        self.again_button.clicked.connect(self._again)
        done.addWidget(self.again_button)
        self.journal_button = QPushButton(self.tr("Open journal"))
        self.journal_button.setObjectName("OpenJournal")
        self.journal_button.setAccessibleName(self.tr("Open the journal"))
        self.journal_button.clicked.connect(lambda: self.open_journal.emit((None, None)))
        done.addWidget(self.journal_button)
        box.addWidget(self.done_row)

        self.draft_row = QWidget()
        draft = QHBoxLayout(self.draft_row)
        draft.setContentsMargins(0, 0, 0, 0)
        self.draft_label = QLabel()
        self.draft_label.setObjectName("UnsavedCheckIn")
        self.draft_label.setWordWrap(True)
        draft.addWidget(self.draft_label, 1)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setObjectName("ContinueCheckIn")
        self.continue_button.setProperty("primary", "true")
        self.continue_button.setAccessibleName(
            self.tr("Continue your unsaved check-in in the journal")
        )
        self.continue_button.clicked.connect(lambda: self.open_journal.emit((None, None)))
        draft.addWidget(self.continue_button)
        box.addWidget(self.draft_row)
        self.draft_row.setVisible(False)

        ChangeWatch(journal.bus, self, self.refresh, (Area.JOURNAL, Area.CHECKUPS))
        # A slot of this card: the connection goes when the card does.
        journal.draft_changed.connect(self._draft_changed)
        self.refresh()

    def _draft_changed(self, key: str) -> None:
        # Drafts are kept as the person types in the Journal: read again only when seen.
        if key != CHECKIN_DRAFT:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._draft_stale = True

    def showEvent(self, event: object) -> None:  # noqa: N802
        if self._draft_stale:
            self._draft_stale = False
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        """Show the next checkup, and whether today has a check-in already."""
        read = run_op(
            self,
            lambda: (
                self._journal.next_checkup(),
                self._journal.today(),
                self._journal.page(JournalFilter(), 1),
            ),
            report=log_only,
        )
        if read.value is None:
            return
        upcoming, today, newest = read.value
        self.next_checkup.setText(next_checkup_text(upcoming, today) if upcoming else "")
        self.next_checkup.setVisible(upcoming is not None)
        draft = read_draft(run_op(self, self._journal.draft, report=log_only).value)
        self.draft_row.setVisible(draft is not None)
        if draft is not None:
            self.form.setVisible(False)
            self.done_row.setVisible(False)
            self.draft_label.setText(
                self.tr("You were changing a check-in and have not saved it yet.")
                if draft.get("entry_id") is not None
                else self.tr("You have a check-in you have not saved yet.")
            )
            return
        latest = newest[0] if newest and newest[0].day == today else None
        if latest is not None and not self._asked_again:
            self.form.setVisible(False)
            self.done_row.setVisible(True)
            self.done_label.setText(
                self.tr(
                    "You checked in today at {time}: mood {mood}, worry {worry} of 10. Thank you."
                ).format(
                    time=clock(local_time(latest)),
                    mood=mood_in_sentence(latest.mood),
                    worry=latest.worry,
                )
            )
        else:
            self.form.setVisible(True)
            self.done_row.setVisible(False)

    def _on_saved(self, _entry: JournalEntry) -> None:
        self._asked_again = False
        self.refresh()

    def _again(self) -> None:
        self._asked_again = True
        self.form.status_text("")  # "Saved" was about the check-in before
        self.form.setVisible(True)
        self.done_row.setVisible(False)
        self.form.mood_group.buttons()[2].setFocus()
