"""The check-in form: mood, worry and Save in three clicks; energy, sleep, note and tags
when wanted. What is being written is kept as a draft as it is typed.

Its status line says what just happened ("Saved", "here is your unsaved check-in") and
is cleared as soon as the person changes something, so it never says what is no longer
true.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.journal import JournalEntry, JournalError, Mood, SleepQuality
from planner.services.journal import CHECKIN_DRAFT, JournalService
from planner.ui.journal.checkin_details import CheckInDetails, caption
from planner.ui.journal.checkin_draft import form_values, read_draft
from planner.ui.journal.choice_row import choice_row, choose, chosen
from planner.ui.journal.folding_row import FoldingRow
from planner.ui.kit.formatting import short_day
from planner.ui.kit.journal_words import mood_label, problem_text
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.theme import scaled_font

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 300


class CheckInForm(QFrame):
    """A check-in: Mood, Worry, Save; "More" opens energy, sleep, note, tags and the care flag.

    ``compact`` (the Today card) shows only mood, worry and Save; it keeps no draft (the
    one draft belongs to the Journal's form, so the two never overwrite each other).
    With ``actions_apart`` the row of buttons (``actions``) is left for the page to place
    (the Journal keeps it in view while the fields scroll).

    Signals:
        saved(object): a check-in (JournalEntry) was saved.
        more_requested(): the compact form's "Add a note or more" was chosen.
        details_toggled(bool): the details were opened (True) or folded.
    """

    saved = Signal(object)
    more_requested = Signal()
    details_toggled = Signal(bool)

    def __init__(
        self,
        journal: JournalService,
        parent: QWidget | None = None,
        *,
        compact: bool = False,
        actions_apart: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CheckInForm")
        self._journal = journal
        self._compact = compact
        self._editing: JournalEntry | None = None
        self._loading = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.heading = QLabel(self.tr("How are you today?"))
        self.heading.setObjectName("CheckInHeading")
        self.heading.setFont(scaled_font(self.heading, 1.25, bold=True))
        box.addWidget(self.heading)

        box.addWidget(caption(self.tr("Mood")))
        moods, self.mood_group = choice_row(
            self, [(m.value, mood_label(m)) for m in Mood], "Mood", self.tr("Mood {choice}")
        )
        box.addLayout(moods)
        box.addWidget(caption(self.tr("Worry about cancer coming back (0 = none, 10 = most)")))
        worries, self.worry_group = choice_row(
            self, [(n, str(n)) for n in range(11)], "Worry", self.tr("Worry {choice}")
        )
        box.addLayout(worries)

        self.details = CheckInDetails()
        self.details.problem.connect(self.status_text)
        box.addWidget(self.details)
        self.details.setVisible(False)
        # The details' fields, by the names the pages and tests have always used.
        self.energy_group, self.sleep_group = self.details.energy_group, self.details.sleep_group
        self.hours, self.note = self.details.hours, self.details.note
        self.own_tag, self.care = self.details.own_tag, self.details.care

        left, right = QHBoxLayout(), QHBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        right.setContentsMargins(0, 0, 0, 0)
        self.more_button = QPushButton(
            self.tr("Add a note or more…") if compact else self.tr("More details")
        )
        self.more_button.setObjectName("CheckInMore")
        self.more_button.setAccessibleName(self.tr("Add energy, sleep, a note or tags"))
        self.more_button.clicked.connect(self._more)
        left.addWidget(self.more_button)
        self.status = QLabel()
        self.status.setObjectName("CheckInStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        left.addWidget(self.status, 1)
        right.addStretch(1)  # folded, the buttons stay at the right
        self.cancel_button = QPushButton(self.tr("Cancel editing"))
        self.cancel_button.setObjectName("CheckInCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel editing this check-in"))
        self.cancel_button.clicked.connect(self.clear)
        self.cancel_button.setVisible(False)
        right.addWidget(self.cancel_button)
        self.save_button = QPushButton(self.tr("Save check-in"))
        self.save_button.setObjectName("CheckInSave")
        self.save_button.setProperty("primary", "true")
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self.save)
        right.addWidget(self.save_button)
        # One row while it fits; a narrow window or large text puts the buttons below.
        self.actions = FoldingRow(left, right, name="CheckInActions")
        if not actions_apart:
            box.addWidget(self.actions)

        # Ctrl+Enter saves from anywhere in the form (also from inside the note).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._save_if_ready)
        for group in (self.mood_group, self.worry_group):
            group.buttonToggled.connect(self._changed)
        self.details.changed.connect(self._changed)
        self._update_save()
        if not compact:
            self._load_draft()

    @property
    def tag_buttons(self) -> dict[str, QPushButton]:
        """The tag choices shown, by tag."""
        return self.details.tag_buttons

    def status_text(self, text: str) -> None:
        self.status.setText(text)

    def has_unsaved(self) -> bool:
        """Whether the form holds something not saved yet (a new check-in or a change)."""
        return self._editing is not None or self.draft_body() is not None

    def essential_height(self, width: int) -> int:
        """The height of the heading, mood and worry at ``width``, without the details and
        the buttons: what must always be in view."""
        layout = self.layout()
        full = layout.totalHeightForWidth(width)
        if full < 0:
            full = layout.sizeHint().height()
        if not self.details.isHidden():
            details = self.details.layout().totalHeightForWidth(width)
            full -= max(details, 0) + layout.spacing()
        if self.actions.parentWidget() is self:
            full -= self.actions.heightForWidth(width) + layout.spacing()
        return full

    def offer_tags(self, used: Sequence[str]) -> None:
        """Offer the presets and the person's own tags used before (most used first)."""
        self._loading = True
        self.details.offer_tags(used)
        self._loading = False

    def chosen_tags(self) -> list[str]:
        return self.details.chosen_tags()

    # --- Showing -------------------------------------------------------------

    def _more(self) -> None:
        if self._compact:
            self.more_requested.emit()
            return
        show = self.details.isHidden()
        self.details.setVisible(show)
        self.more_button.setText(self.tr("Fewer details") if show else self.tr("More details"))
        self.details_toggled.emit(show)
        if show:
            self.note.setFocus()

    def show_details(self) -> None:
        if not self._compact and self.details.isHidden():
            self._more()

    def _changed(self, *_args: object) -> None:
        self._update_save()
        if self._loading:
            return
        # What the status line said ("Saved", "here it is") was about the form as it was.
        self.status.clear()
        if not self._compact:
            self._draft_timer.start()

    def _update_save(self) -> None:
        ready = chosen(self.mood_group) is not None and chosen(self.worry_group) is not None
        self.save_button.setEnabled(ready)
        if ready:
            self.save_button.setToolTip(self.tr("Save check-in (Ctrl+Enter)"))
        else:
            self.save_button.setToolTip(self.tr("Choose a mood and a worry number first"))

    def set_mood_and_worry(self, mood: int | None, worry: int | None) -> None:
        choose(self.mood_group, mood)
        choose(self.worry_group, worry)

    def offer_mood_and_worry(self, mood: int | None, worry: int | None) -> bool:
        """Take mood and worry chosen elsewhere (Today's card), only into an empty form:
        an unsaved check-in or change already here is never overwritten."""
        if self.has_unsaved():
            return False
        self.set_mood_and_worry(mood, worry)
        return True

    def mood_and_worry(self) -> tuple[int | None, int | None]:
        return chosen(self.mood_group), chosen(self.worry_group)

    # --- Saving --------------------------------------------------------------

    def _save_if_ready(self) -> None:
        if self.save_button.isEnabled() and self.isVisible():
            self.save()

    def focus_first(self) -> None:
        """Keyboard focus on the first mood button."""
        self.mood_group.buttons()[0].setFocus()

    def save(self) -> JournalEntry | None:
        mood, worry = self.mood_and_worry()
        if mood is None or worry is None:
            self.status.setText(self.tr("Choose a mood and a worry number first."))
            return None
        try:
            fields = self.details.fields()
            if self._editing is not None:
                entry = replace(self._editing, mood=Mood(mood), worry=worry, **fields)  # type: ignore[arg-type]
            else:
                entry = self._journal.new_entry(mood=Mood(mood), worry=worry, **fields)
        except JournalError as exc:
            self.status.setText(problem_text(exc))
            return None
        # On a failure the form (and its draft) stay as they are: nothing typed is lost.
        result = run_op(
            self, lambda: self._journal.save_entry(entry), title=self.tr("Check-in not saved")
        )
        if result.value is None:
            return None
        saved = result.value
        was_editing = self._editing is not None
        self.clear()
        self.status.setText(
            self.tr("Changes saved.")
            if was_editing
            else self.tr("Saved. Thank you for checking in.")
        )
        self.saved.emit(saved)
        return saved

    def clear(self) -> None:
        """Empty the form (and its draft): ready for the next check-in."""
        self._draft_timer.stop()
        self._loading = True
        self._editing = None
        for group in (self.mood_group, self.worry_group):
            choose(group, None)
        self.details.clear()
        self._loading = False
        self.heading.setText(self.tr("How are you today?"))
        self.save_button.setText(self.tr("Save check-in"))
        self.cancel_button.setVisible(False)
        self.status.clear()
        self._update_save()
        if not self._compact:
            self._clear_draft()

    def edit(self, entry: JournalEntry) -> None:
        """Load a saved check-in to change it."""
        self.show_details()
        self._load(form_values(entry), entry)
        self.save_draft()

    def _load(self, values: dict[str, Any], editing: JournalEntry | None) -> None:
        """Fill the form from values in the draft's shape (see ``draft_body``)."""
        self._loading = True
        self._editing = editing
        self.set_mood_and_worry(values.get("mood"), values.get("worry"))
        self.details.load(values)
        self._loading = False
        if editing is not None:
            self.heading.setText(
                self.tr("Change your check-in from {day}").format(day=short_day(editing.day))
            )
            self.save_button.setText(self.tr("Save changes"))
            self.cancel_button.setVisible(True)
        self._update_save()

    # --- Drafts --------------------------------------------------------------

    def draft_body(self) -> dict[str, object] | None:
        """The form as a draft; None when there is nothing in it worth keeping."""
        mood, worry = self.mood_and_worry()
        fields = self.details.fields()
        quality = fields["sleep_quality"]
        body = {
            "entry_id": self._editing.id if self._editing else None,
            "mood": mood,
            "worry": worry,
            "energy": fields["energy"],
            "sleep_hours": fields["sleep_hours"],
            "sleep_quality": int(quality) if isinstance(quality, SleepQuality) else None,
            "note": self.note.toPlainText(),
            "tags": self.chosen_tags(),
            "care": fields["for_care_team"],
        }
        empty = not any(v for k, v in body.items() if k != "entry_id")
        return None if empty and self._editing is None else body

    def save_draft(self) -> None:
        """Keep what is in the form (called shortly after each change, and on leaving)."""
        self._draft_timer.stop()
        if self._compact:
            return
        body = self.draft_body()

        def keep() -> None:
            if body is None:
                self._journal.clear_draft(CHECKIN_DRAFT)
            else:
                self._journal.save_draft(json.dumps(body), CHECKIN_DRAFT)

        run_op(
            self,
            keep,
            report=lambda text: self.status.setText(
                self.tr("Your note could not be kept as a draft: {problem}").format(problem=text)
            ),
        )

    def flush_draft(self) -> None:
        """Save a pending draft at once (the page is left or the app quits)."""
        if self._draft_timer.isActive():
            self.save_draft()

    def _clear_draft(self) -> None:
        run_op(self, lambda: self._journal.clear_draft(CHECKIN_DRAFT), report=log_only)

    def _load_draft(self) -> None:
        text = run_op(self, lambda: self._journal.draft(CHECKIN_DRAFT), report=log_only).value
        body = read_draft(text)
        if body is None:
            if text:
                log.warning("The check-in draft was not readable; starting with an empty form")
            return
        try:
            editing = None
            if body.get("entry_id") is not None:
                editing = self._journal.entry(int(body["entry_id"]))
            self._load(body, editing)
        except (ValueError, TypeError, AttributeError):
            log.warning("The check-in draft was not readable; starting with an empty form")
            return
        if any(
            body.get(k) for k in ("note", "energy", "sleep_hours", "sleep_quality", "tags", "care")
        ):
            self.show_details()
        self.status.setText(self.tr("Your unsaved check-in was kept; here it is."))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
