"""The check-in's optional part: energy, sleep, a note, tags and the care-team flag."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.journal import (
    MAX_NOTE_LENGTH,
    MAX_TAG_LENGTH,
    JournalError,
    SleepQuality,
    clean_tag,
    clean_tags,
)
from planner.ui.journal.choice_row import choice_row, choose, chosen
from planner.ui.journal.folding_row import FoldingRow
from planner.ui.kit.balanced_rows import BalancedRows
from planner.ui.kit.journal_words import preset_tags, problem_text, sleep_choice
from planner.ui.kit.text_fields import LineField, TextArea

#: At most this many of the person's own tags are offered beside the presets.
OWN_TAGS_OFFERED = 8
#: The note holds what a check-in can keep (``domain.journal.MAX_NOTE_LENGTH``, about four
#: pages): a saved note is never cut when it is opened to be changed, and a megabyte
#: pasted by mistake is cut at once, before it is laid out.
NOTE_LIMIT = MAX_NOTE_LENGTH
#: A tag's button shows at most about this many characters (the whole tag is its name).
TAG_BUTTON_CHARS = 22


def caption(text: str) -> QLabel:
    """A field's title above it."""
    label = QLabel(text)
    label.setProperty("role", "title")
    label.setWordWrap(True)
    return label


class CheckInDetails(QWidget):
    """Energy, hours and quality of sleep, a note, tags (presets and the person's own) and
    "for my care team".

    Signals:
        changed(): the person changed a value.
        problem(str): a tag could not be added (the sentence to show).
    """

    changed = Signal()
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CheckInDetails")
        grid = QVBoxLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setSpacing(8)
        grid.addWidget(caption(self.tr("Energy (optional, 0 = none, 10 = plenty)")))
        energy, self.energy_group = choice_row(
            self, [(n, str(n)) for n in range(11)], "Energy", self.tr("Energy {choice}")
        )
        grid.addLayout(energy)
        grid.addWidget(caption(self.tr("Sleep last night (optional)")))
        hours = QHBoxLayout()
        hours.setContentsMargins(0, 0, 0, 0)
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("SleepHours")
        self.hours.setAccessibleName(self.tr("Hours of sleep"))
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(self.tr("Hours: not given"))
        self.hours.setSuffix(self.tr(" hours", "after the number of hours slept"))
        self.hours.setMinimumWidth(170)
        hours.addWidget(self.hours)
        hours.addStretch(1)
        quality, self.sleep_group = choice_row(
            self,
            [(q.value, sleep_choice(q)) for q in SleepQuality],
            "Sleep",
            self.tr("I {choice}", "how one slept, for screen readers: I Slept well"),
        )
        # The hours beside how well while they fit; in a narrow window, above.
        grid.addWidget(FoldingRow(hours, quality, spacing=8, grow=1, name="SleepRow"))
        grid.addWidget(caption(self.tr("Note (optional)")))
        self.note = TextArea(NOTE_LIMIT)
        self.note.setObjectName("CheckInNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Anything you want to remember about today…"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        self.note.setMaximumHeight(140)
        grid.addWidget(self.note)
        # Said when a paste was cut to fit; gone again once the note is shorter.
        self.note_notice = QLabel()
        self.note_notice.setObjectName("NoteCut")
        self.note_notice.setProperty("role", "muted")
        self.note_notice.setWordWrap(True)
        self.note_notice.setVisible(False)
        grid.addWidget(self.note_notice)
        self.note.trimmed.connect(self._note_cut)
        grid.addWidget(caption(self.tr("Tags (optional)")))
        # Rows of even buttons: in a narrow window they go over more rows, never sideways.
        self.tag_rows = BalancedRows(spacing=6)
        self.tag_buttons: dict[str, QPushButton] = {}
        grid.addLayout(self.tag_rows)
        own = QHBoxLayout()
        self.own_tag = LineField(MAX_TAG_LENGTH)
        self.own_tag.setObjectName("OwnTag")
        self.own_tag.setAccessibleName(self.tr("Your own tag"))
        self.own_tag.setPlaceholderText(self.tr("Add your own tag"))
        self.own_tag.returnPressed.connect(self._add_own_tag)
        own.addWidget(self.own_tag, 1)
        add = QPushButton(self.tr("Add tag"))
        add.setObjectName("AddTag")
        add.setAccessibleName(self.tr("Add this tag"))
        add.clicked.connect(self._add_own_tag)
        own.addWidget(add)
        grid.addLayout(own)
        self.care = QCheckBox(self.tr("For my care team"))
        self.care.setObjectName("ForCareTeam")
        self.care.setAccessibleName(self.tr("Mark this check-in for my care team"))
        grid.addWidget(self.care)
        care_hint = QLabel(self.tr("To show them or tell them about at your next checkup."))
        care_hint.setObjectName("ForCareTeamHint")
        care_hint.setProperty("role", "muted")
        care_hint.setWordWrap(True)
        grid.addWidget(care_hint)
        self._set_tag_choices(preset_tags(), ())

        for group in (self.energy_group, self.sleep_group):
            group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.note.textChanged.connect(self.changed)
        self.note.textChanged.connect(self._note_notice_still_true)
        self.hours.valueChanged.connect(lambda _v: self.changed.emit())
        self.care.toggled.connect(lambda _on: self.changed.emit())

    # --- Tags ----------------------------------------------------------------

    def _set_tag_choices(self, tags: Sequence[str], chosen_tags: Sequence[str]) -> None:
        for button in self.tag_buttons.values():
            self.tag_rows.removeWidget(button)
            button.deleteLater()
        self.tag_buttons = {}
        for tag in dict.fromkeys([*tags, *chosen_tags]):
            self._add_tag_button(tag, tag in chosen_tags)

    def _add_tag_button(self, tag: str, on: bool) -> None:
        button = QPushButton()
        width = button.fontMetrics().averageCharWidth() * TAG_BUTTON_CHARS
        shown = button.fontMetrics().elidedText(tag, Qt.TextElideMode.ElideRight, width)
        button.setText(shown.replace("&", "&&"))  # a tag's "&" is shown, not a shortcut
        if shown != tag:
            button.setToolTip(tag)
        button.setObjectName("TagChoice")
        button.setProperty("choice", "true")
        button.setCheckable(True)
        button.setChecked(on)
        button.setAccessibleName(self.tr("Tag {tag}").format(tag=tag))
        button.toggled.connect(lambda _on: self.changed.emit())
        self.tag_rows.addWidget(button)
        self.tag_buttons[tag] = button

    def offer_tags(self, used: Sequence[str]) -> None:
        """Offer the presets and the person's own tags used before (most used first)."""
        self._set_tag_choices([*preset_tags(), *used[:OWN_TAGS_OFFERED]], self.chosen_tags())

    def _add_own_tag(self) -> None:
        try:
            tag = clean_tag(self.own_tag.text())
        except JournalError as exc:
            self.problem.emit(problem_text(exc))
            return
        if not tag:
            return
        if tag in self.tag_buttons:
            self.tag_buttons[tag].setChecked(True)
        else:
            self._add_tag_button(tag, True)
            self.changed.emit()
        self.own_tag.clear()

    def chosen_tags(self) -> list[str]:
        return [t for t, b in self.tag_buttons.items() if b.isChecked()]

    # --- The note ------------------------------------------------------------

    def _note_cut(self, limit: int) -> None:
        self.note_notice.setText(
            self.tr(
                "A note can hold up to %Ln characters, so the rest of what you pasted "
                "was left out.",
                "",
                limit,
            )
        )
        self.note_notice.setVisible(True)

    def _note_notice_still_true(self) -> None:
        # Once the note is shorter than the limit, "the rest was left out" is old news.
        if self.note_notice.isVisible() and len(self.note.toPlainText()) < self.note.max_chars:
            self.note_notice.setVisible(False)

    # --- Values --------------------------------------------------------------

    def fields(self) -> dict[str, object]:
        """The values as a check-in's fields (may raise JournalError for a bad tag)."""
        hours = self.hours.value()
        quality = chosen(self.sleep_group)
        return {
            "energy": chosen(self.energy_group),
            "sleep_hours": hours if hours > 0 else None,
            "sleep_quality": SleepQuality(quality) if quality else None,
            "note": self.note.toPlainText().strip(),
            "tags": clean_tags(self.chosen_tags()),
            "for_care_team": self.care.isChecked(),
        }

    def clear(self) -> None:
        for group in (self.energy_group, self.sleep_group):
            choose(group, None)
        self.hours.setValue(0)
        self.note.clear()
        self.note_notice.setVisible(False)
        for button in self.tag_buttons.values():
            button.setChecked(False)
        self.care.setChecked(False)

    def load(self, values: Mapping[str, Any]) -> None:
        """Fill in values in the draft's shape (see ``CheckInForm.draft_body``)."""
        choose(self.energy_group, values.get("energy"))
        self.hours.setValue(float(values.get("sleep_hours") or 0))
        choose(self.sleep_group, values.get("sleep_quality"))
        self.note.setPlainText(str(values.get("note") or ""))
        tags = [str(t) for t in values.get("tags") or []]
        for tag in tags:
            if tag not in self.tag_buttons:
                self._add_tag_button(tag, True)
        for tag, button in self.tag_buttons.items():
            button.setChecked(tag in tags)
        self.care.setChecked(bool(values.get("care")))
