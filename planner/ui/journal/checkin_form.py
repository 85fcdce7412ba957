"""The check-in form: mood, worry and Save in three clicks; energy, sleep, note and tags
when wanted. What is being written is kept as a draft as it is typed."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.journal import (
    PRESET_TAGS,
    JournalEntry,
    JournalError,
    Mood,
    SleepQuality,
    clean_tag,
    clean_tags,
)
from planner.services.journal import CHECKIN_DRAFT, JournalService
from planner.ui.kit.balanced_rows import BalancedRows
from planner.ui.kit.ops import log_only, run_op
from planner.ui.kit.theme import scaled_font

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 300


class ChoiceButton(QPushButton):
    """One choice in a row: Tab moves to the next row, the arrow keys along this one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        group = self.group()
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if group is None or step is None:
            super().keyPressEvent(event)
            return
        buttons = group.buttons()
        index = buttons.index(self) + step
        if 0 <= index < len(buttons):
            buttons[index].setFocus(Qt.FocusReason.TabFocusReason)


def _choice_row(
    owner: QWidget, labels: Sequence[tuple[int, str]], name: str, spoken: str
) -> tuple[BalancedRows, QButtonGroup]:
    """A row of large checkable buttons, one choice at a time (click again to clear); in a
    narrow window or with large text it goes over two rows (or more)."""
    row = BalancedRows(spacing=6)
    group = QButtonGroup(owner)
    group.setExclusive(False)
    for value, text in labels:
        button = ChoiceButton(text)
        button.setObjectName(f"{name}{value}")
        button.setProperty("choice", "true")
        button.setCheckable(True)
        button.setAccessibleName(f"{spoken} {text}")
        button.setMinimumHeight(40)
        group.addButton(button, value)
        row.addWidget(button)
    group.buttonToggled.connect(lambda button, on: _keep_one(group, button, on))
    return row, group


def _keep_one(group: QButtonGroup, button: QPushButton, on: bool) -> None:
    if on:
        for other in group.buttons():
            if other is not button and other.isChecked():
                other.setChecked(False)


def _chosen(group: QButtonGroup) -> int | None:
    button = group.checkedButton()
    return None if button is None else group.id(button)


def _choose(group: QButtonGroup, value: int | None) -> None:
    for button in group.buttons():
        button.setChecked(value is not None and group.id(button) == value)


def _form_values(entry: JournalEntry) -> dict[str, Any]:
    """A saved check-in in the draft's shape, to fill the form for editing."""
    return {
        "mood": int(entry.mood),
        "worry": entry.worry,
        "energy": entry.energy,
        "sleep_hours": entry.sleep_hours,
        "sleep_quality": int(entry.sleep_quality) if entry.sleep_quality else None,
        "note": entry.note,
        "tags": list(entry.tags),
        "care": entry.for_care_team,
    }


class CheckInForm(QFrame):
    """A check-in: Mood, Worry, Save; "More" opens energy, sleep, note, tags and the care flag.

    ``compact`` (the Today card) shows only mood, worry and Save; it keeps no draft.

    Signals:
        saved(object): a check-in (JournalEntry) was saved.
        more_requested(): the compact form's "Add a note or more" was chosen.
    """

    saved = Signal(object)
    more_requested = Signal()

    def __init__(
        self, journal: JournalService, parent: QWidget | None = None, *, compact: bool = False
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
        self.heading = QLabel("How are you today?")
        self.heading.setObjectName("CheckInHeading")
        self.heading.setFont(scaled_font(self.heading, 1.25, bold=True))
        box.addWidget(self.heading)

        box.addWidget(self._caption("Mood"))
        moods, self.mood_group = _choice_row(
            self, [(m.value, m.label) for m in Mood], "Mood", "Mood"
        )
        box.addLayout(moods)
        box.addWidget(self._caption("Worry about cancer coming back (0 = none, 10 = most)"))
        worries, self.worry_group = _choice_row(
            self, [(n, str(n)) for n in range(11)], "Worry", "Worry"
        )
        box.addLayout(worries)

        self.details = QWidget()
        self.details.setObjectName("CheckInDetails")
        self._build_details(self.details)
        box.addWidget(self.details)
        self.details.setVisible(False)

        actions = QHBoxLayout()
        self.more_button = QPushButton("Add a note or more…" if compact else "More details")
        self.more_button.setObjectName("CheckInMore")
        self.more_button.setAccessibleName("Add energy, sleep, a note or tags")
        self.more_button.clicked.connect(self._more)
        actions.addWidget(self.more_button)
        self.status = QLabel()
        self.status.setObjectName("CheckInStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        actions.addWidget(self.status, 1)
        self.cancel_button = QPushButton("Cancel editing")
        self.cancel_button.setObjectName("CheckInCancel")
        self.cancel_button.setAccessibleName("Cancel editing this check-in")
        self.cancel_button.clicked.connect(self.clear)
        self.cancel_button.setVisible(False)
        actions.addWidget(self.cancel_button)
        self.save_button = QPushButton("Save check-in")
        self.save_button.setObjectName("CheckInSave")
        self.save_button.setProperty("primary", "true")
        self.save_button.setAccessibleName("Save check-in")
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.save_button)
        box.addLayout(actions)

        # Ctrl+Enter saves from anywhere in the form (also from inside the note).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._save_if_ready)
        self.save_button.setToolTip("Save check-in (Ctrl+Enter)")
        for group in (self.mood_group, self.worry_group, self.energy_group, self.sleep_group):
            group.buttonToggled.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.hours.valueChanged.connect(self._changed)
        self.care.toggled.connect(self._changed)
        self._update_save()
        if not compact:
            self._load_draft()

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "title")
        label.setWordWrap(True)
        return label

    def _build_details(self, holder: QWidget) -> None:
        grid = QVBoxLayout(holder)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setSpacing(8)
        grid.addWidget(self._caption("Energy (optional, 0 = none, 10 = plenty)"))
        energy, self.energy_group = _choice_row(
            self, [(n, str(n)) for n in range(11)], "Energy", "Energy"
        )
        grid.addLayout(energy)
        grid.addWidget(self._caption("Sleep last night (optional)"))
        sleep = QHBoxLayout()
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("SleepHours")
        self.hours.setAccessibleName("Hours of sleep")
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText("Hours: not given")
        self.hours.setSuffix(" hours")
        self.hours.setMinimumWidth(170)
        sleep.addWidget(self.hours)
        quality, self.sleep_group = _choice_row(
            self, [(q.value, f"Slept {q.label.lower()}") for q in SleepQuality], "Sleep", "I"
        )
        sleep.addLayout(quality, 1)
        grid.addLayout(sleep)
        grid.addWidget(self._caption("Note (optional)"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("CheckInNote")
        self.note.setAccessibleName("Note")
        self.note.setPlaceholderText("Anything you want to remember about today…")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        self.note.setMaximumHeight(140)
        grid.addWidget(self.note)
        grid.addWidget(self._caption("Tags (optional)"))
        self.tag_grid = QGridLayout()
        self.tag_grid.setSpacing(6)
        self.tag_buttons: dict[str, QPushButton] = {}
        grid.addLayout(self.tag_grid)
        own = QHBoxLayout()
        self.own_tag = QLineEdit()
        self.own_tag.setObjectName("OwnTag")
        self.own_tag.setAccessibleName("Your own tag")
        self.own_tag.setPlaceholderText("Add your own tag")
        self.own_tag.returnPressed.connect(self._add_own_tag)
        own.addWidget(self.own_tag, 1)
        add = QPushButton("Add tag")
        add.setObjectName("AddTag")
        add.setAccessibleName("Add this tag")
        add.clicked.connect(self._add_own_tag)
        own.addWidget(add)
        grid.addLayout(own)
        self.care = QCheckBox("For my care team (to show or tell them at the next visit)")
        self.care.setObjectName("ForCareTeam")
        self.care.setAccessibleName("Mark this check-in for my care team")
        grid.addWidget(self.care)
        self._set_tag_choices([*PRESET_TAGS], ())

    # --- Tags ----------------------------------------------------------------

    def _set_tag_choices(self, tags: Sequence[str], chosen: Sequence[str]) -> None:
        for button in self.tag_buttons.values():
            self.tag_grid.removeWidget(button)
            button.deleteLater()
        self.tag_buttons = {}
        for tag in dict.fromkeys([*tags, *chosen]):
            self._add_tag_button(tag, tag in chosen)

    def _add_tag_button(self, tag: str, on: bool) -> None:
        button = QPushButton(tag)
        button.setObjectName("TagChoice")
        button.setProperty("choice", "true")
        button.setCheckable(True)
        button.setChecked(on)
        button.setAccessibleName(f"Tag {tag}")
        button.toggled.connect(self._changed)
        index = len(self.tag_buttons)
        self.tag_grid.addWidget(button, index // 4, index % 4)
        self.tag_buttons[tag] = button

    def offer_tags(self, used: Sequence[str]) -> None:
        """Offer the presets and the person's own tags used before (most used first)."""
        chosen = self.chosen_tags()
        self._loading = True
        self._set_tag_choices([*PRESET_TAGS, *used[:8]], chosen)
        self._loading = False

    def _add_own_tag(self) -> None:
        try:
            tag = clean_tag(self.own_tag.text())
        except JournalError as exc:
            self.status.setText(str(exc))
            return
        if not tag:
            return
        if tag in self.tag_buttons:
            self.tag_buttons[tag].setChecked(True)
        else:
            self._add_tag_button(tag, True)
            self._changed()
        self.own_tag.clear()

    def chosen_tags(self) -> list[str]:
        return [t for t, b in self.tag_buttons.items() if b.isChecked()]

    # --- Values --------------------------------------------------------------

    def _fields(self) -> dict[str, object]:
        hours = self.hours.value()
        quality = _chosen(self.sleep_group)
        return {
            "energy": _chosen(self.energy_group),
            "sleep_hours": hours if hours > 0 else None,
            "sleep_quality": SleepQuality(quality) if quality else None,
            "note": self.note.toPlainText().strip(),
            "tags": clean_tags(self.chosen_tags()),
            "for_care_team": self.care.isChecked(),
        }

    def _more(self) -> None:
        if self._compact:
            self.more_requested.emit()
            return
        show = not self.details.isVisible()
        self.details.setVisible(show)
        self.more_button.setText("Fewer details" if show else "More details")
        if show:
            self.note.setFocus()

    def show_details(self) -> None:
        if not self._compact and not self.details.isVisible():
            self._more()

    def _changed(self, *_args: object) -> None:
        self._update_save()
        if self._loading or self._compact:
            return
        self._draft_timer.start()

    def _update_save(self) -> None:
        ready = _chosen(self.mood_group) is not None and _chosen(self.worry_group) is not None
        self.save_button.setEnabled(ready)
        if ready:
            self.save_button.setToolTip("Save check-in (Ctrl+Enter)")
        else:
            self.save_button.setToolTip("Choose a mood and a worry number first")

    def set_mood_and_worry(self, mood: int | None, worry: int | None) -> None:
        _choose(self.mood_group, mood)
        _choose(self.worry_group, worry)

    def mood_and_worry(self) -> tuple[int | None, int | None]:
        return _chosen(self.mood_group), _chosen(self.worry_group)

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
            self.status.setText("Choose a mood and a worry number first.")
            return None
        fields = self._fields()
        try:
            if self._editing is not None:
                entry = replace(self._editing, mood=Mood(mood), worry=worry, **fields)  # type: ignore[arg-type]
            else:
                entry = self._journal.new_entry(mood=Mood(mood), worry=worry, **fields)
        except JournalError as exc:
            self.status.setText(str(exc))
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
            "Changes saved." if was_editing else "Saved. Thank you for checking in."
        )
        self.saved.emit(saved)
        return saved

    def clear(self) -> None:
        """Empty the form (and its draft): ready for the next check-in."""
        self._draft_timer.stop()
        self._loading = True
        self._editing = None
        for group in (self.mood_group, self.worry_group, self.energy_group, self.sleep_group):
            _choose(group, None)
        self.hours.setValue(0)
        self.note.clear()
        for button in self.tag_buttons.values():
            button.setChecked(False)
        self.care.setChecked(False)
        self._loading = False
        self.heading.setText("How are you today?")
        self.save_button.setText("Save check-in")
        self.cancel_button.setVisible(False)
        self.status.clear()
        self._update_save()
        if not self._compact:
            self._clear_draft()

    def edit(self, entry: JournalEntry) -> None:
        """Load a saved check-in to change it."""
        self.show_details()
        self._load(_form_values(entry), entry)
        self.save_draft()

    def _load(self, values: dict[str, Any], editing: JournalEntry | None) -> None:
        """Fill the form from values in the draft's shape (see ``draft_body``)."""
        self._loading = True
        self._editing = editing
        self.set_mood_and_worry(values.get("mood"), values.get("worry"))
        _choose(self.energy_group, values.get("energy"))
        self.hours.setValue(float(values.get("sleep_hours") or 0))
        _choose(self.sleep_group, values.get("sleep_quality"))
        self.note.setPlainText(str(values.get("note") or ""))
        tags = [str(t) for t in values.get("tags") or []]
        for tag in tags:
            if tag not in self.tag_buttons:
                self._add_tag_button(tag, True)
        for tag, button in self.tag_buttons.items():
            button.setChecked(tag in tags)
        self.care.setChecked(bool(values.get("care")))
        self._loading = False
        if editing is not None:
            self.heading.setText(f"Change your check-in from {editing.day:%a %-d %b}")
            self.save_button.setText("Save changes")
            self.cancel_button.setVisible(True)
        self._update_save()

    # --- Drafts --------------------------------------------------------------

    def draft_body(self) -> dict[str, object] | None:
        """The form as a draft; None when there is nothing in it worth keeping."""
        mood, worry = self.mood_and_worry()
        fields = self._fields()
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
        if not text:
            return
        try:
            body = json.loads(text)
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
        self.status.setText("Your unsaved check-in was kept; here it is.")
        self.setFocus(Qt.FocusReason.OtherFocusReason)
