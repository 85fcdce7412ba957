"""The History page: one item's calendar, streaks, recent rate and habit strength."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from planner.domain.history import ItemStats, month_marks
from planner.domain.model import CheckOff, Item, Status
from planner.domain.reminder_rules import ReminderStory, Shown, reminder_story
from planner.services.changes import Area
from planner.services.checklist import ChecklistService
from planner.ui.checklist.month_calendar import Legend, MonthCalendar
from planner.ui.kit.fields import titled_panel
from planner.ui.kit.formatting import clock, short_day
from planner.ui.kit.page import Page
from planner.ui.kit.theme import scaled_font, scrolling_page
from planner.ui.kit.words import percent_text, schedule_text, streak_text


class StatCard(QFrame):
    """A number with a caption, such as "5 days / Current streak"."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatCard")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        self.value = QLabel("–")
        self.value.setObjectName(name)
        self.value.setFont(scaled_font(self.value, 1.5, bold=True))
        self.caption = QLabel(caption)
        self.caption.setProperty("role", "muted")
        self.caption.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 100)
        self.bar.setVisible(False)
        box.addWidget(self.value)
        box.addWidget(self.caption)
        box.addWidget(self.bar)

    def set_value(self, text: str, caption: str | None = None) -> None:
        self.value.setText(text)
        if caption is not None:
            self.caption.setText(caption)
        self.setAccessibleName(
            self.tr("{caption}: {value}").format(caption=self.caption.text(), value=text)
        )


#: How many reminders the History page lists, newest first.
RECENT_REMINDERS = 7
#: How many skips with the person's own reason it lists, newest first.
RECENT_NOTES = 5


class HistoryPage(Page):
    """Shows how one item has gone, month by month."""

    areas = (Area.ITEMS, Area.ANSWERS)

    def __init__(self, service: ChecklistService, parent: QWidget | None = None) -> None:
        super().__init__(service.bus, parent)
        self.setObjectName("HistoryPage")
        self._service = service
        self._answers: dict[date, CheckOff] = {}
        self._today = service.today()
        self.stats: ItemStats | None = None

        layout = scrolling_page(self, self.tr("History"), spacing=14)

        chooser = QHBoxLayout()
        label = QLabel(self.tr("&Item"))
        self.item_box = QComboBox()
        self.item_box.setObjectName("HistoryItem")
        self.item_box.setAccessibleName(self.tr("Item to show"))
        label.setBuddy(self.item_box)
        chooser.addWidget(label)
        chooser.addWidget(self.item_box, 1)
        layout.addLayout(chooser)
        self.item_box.currentIndexChanged.connect(self._show_item)

        self.schedule_label = QLabel()
        self.schedule_label.setObjectName("HistorySchedule")
        self.schedule_label.setProperty("role", "muted")
        layout.addWidget(self.schedule_label)

        cards = QGridLayout()
        cards.setSpacing(12)
        self.current = StatCard(self.tr("Current streak"), "CurrentStreak")
        self.best = StatCard(self.tr("Best streak"), "BestStreak")
        self.rate = StatCard(self.tr("Done in the last 4 weeks"), "RecentRate")
        self.strength = StatCard(self.tr("Habit strength"), "Strength")
        self.strength.bar.setVisible(True)
        for i, card in enumerate((self.current, self.best, self.rate, self.strength)):
            cards.addWidget(card, 0, i)
            cards.setColumnStretch(i, 1)
        layout.addLayout(cards)

        panel = QFrame()
        panel.setObjectName("Panel")
        panel_box = QVBoxLayout(panel)
        panel_box.setContentsMargins(18, 14, 18, 14)
        self.calendar = MonthCalendar()
        self.calendar.month_changed.connect(self._show_month)
        panel_box.addWidget(self.calendar)
        panel_box.addWidget(Legend())
        layout.addWidget(panel)
        reminders_box = titled_panel(layout, self.tr("Recent reminders"), "RemindersHeading")
        self.reminder_lines = QLabel()
        self.reminder_lines.setObjectName("ReminderLines")
        self.reminder_lines.setWordWrap(True)
        reminders_box.addWidget(self.reminder_lines)
        self.reminders_panel = reminders_box.parentWidget()
        notes_box = titled_panel(layout, self.tr("Your reasons for skipping"), "SkipNotesHeading")
        self.skip_notes = QLabel()
        self.skip_notes.setObjectName("SkipNotes")
        self.skip_notes.setWordWrap(True)
        self.skip_notes.setTextFormat(Qt.TextFormat.PlainText)
        notes_box.addWidget(self.skip_notes)
        self.notes_panel = notes_box.parentWidget()
        self.note = QLabel(
            self.tr(
                "Skipped days and partly done days don't break a streak. Habit strength "
                "grows as you keep at it, and one missed day only dents it."
            )
        )
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)

        self.mark_stale()  # the history is read when the page is first shown

    def refresh(self) -> None:
        self._today = self._service.today()
        chosen = self.current_item()
        items = self._service.active_items() + self._service.archived_items()
        self.item_box.blockSignals(True)
        self.item_box.clear()
        for item in items:
            label = item.title
            if item.archived:
                label = self.tr("{title} (archived)").format(title=item.title)
            self.item_box.addItem(label, item)
        index = next(
            (i for i, it in enumerate(items) if chosen and it.id == chosen.id), 0 if items else -1
        )
        self.item_box.setCurrentIndex(index)
        self.item_box.blockSignals(False)
        self._show_item()

    def current_item(self) -> Item | None:
        data = self.item_box.currentData()
        return data if isinstance(data, Item) else None

    def choose(self, item_id: int) -> None:
        for i in range(self.item_box.count()):
            if self.item_box.itemData(i).id == item_id:
                self.item_box.setCurrentIndex(i)
                return

    def _show_item(self) -> None:
        item = self.current_item()
        if item is None:
            self.schedule_label.setText(
                self.tr("There are no items yet. Add one on the Items page.")
            )
            return
        stats, self._answers = self._service.history(item, self._today)
        self.stats = stats
        self.schedule_label.setText(schedule_text(item.schedule))
        unit = stats.streak_unit
        self.current.set_value(streak_text(stats.current_streak, unit))
        self.best.set_value(streak_text(stats.best_streak, unit))
        self.rate.set_value(percent_text(stats.rate))
        self.strength.set_value(percent_text(stats.strength))
        self.strength.bar.setVisible(stats.strength is not None)
        self.strength.bar.setValue(round((stats.strength or 0) * 100))
        self._show_month(self._today.year, self._today.month)
        self._show_reminders(item)
        self._show_skip_notes()

    def _show_reminders(self, item: Item) -> None:
        entries = self._service.reminder_log(item)[-RECENT_REMINDERS:]
        self.reminders_panel.setVisible(bool(entries) or bool(item.reminders))
        if not entries:
            self.reminder_lines.setText(self.tr("No reminders have come for this item yet."))
            return
        lines = [
            self.tr("{day}: {what}").format(
                day=short_day(e.day),
                what=self._story_text(reminder_story(e, self._answers.get(e.day))),
            )
            for e in reversed(entries)
        ]
        self.reminder_lines.setText("\n".join(lines))

    def _story_text(self, story: ReminderStory) -> str:
        """ "Reminded at 08:30, snoozed until 09:00, done at 09:10"; a reminder first shown
        late says so: "The 19:00 reminder was shown later, at 20:00"."""
        zone = self._service.zone
        at = clock(story.at)
        if story.shown is Shown.NEVER or story.shown_at is None:
            parts = [self.tr("The {time} reminder came while the app was closed").format(time=at)]
        elif story.shown is Shown.LATE:
            shown = clock(story.shown_at.astimezone(zone))
            parts = [
                self.tr("The {time} reminder was shown later, at {shown}").format(
                    time=at, shown=shown
                )
            ]
        else:
            parts = [
                self.tr("Reminded at {time}").format(time=clock(story.shown_at.astimezone(zone)))
            ]
        if story.snoozed_until is not None:
            until = clock(story.snoozed_until.astimezone(zone))
            parts.append(self.tr("snoozed until {time}").format(time=until))
        if story.answer is not None and story.answered_at is not None:
            when = clock(story.answered_at.astimezone(zone))
            answered = {
                Status.DONE: self.tr("done at {time}"),
                Status.PARTIAL: self.tr("partly done at {time}"),
                Status.SKIPPED: self.tr("skipped at {time}"),
            }
            parts.append(answered[story.answer].format(time=when))
        return self.tr(", ").join(parts)

    def _show_skip_notes(self) -> None:
        """The person's own reasons for skipping (with "Other reason"), newest first."""
        noted = [a for day, a in sorted(self._answers.items(), reverse=True) if a.skip_note]
        self.notes_panel.setVisible(bool(noted))
        lines = [
            self.tr("{day}: {why}").format(day=short_day(a.day), why=a.skip_note)
            for a in noted[:RECENT_NOTES]
        ]
        self.skip_notes.setText("\n".join(lines))

    def _show_month(self, year: int, month: int) -> None:
        item = self.current_item()
        if item is None:
            return
        marks = month_marks(item, self._answers, year, month, self._today)
        notes = {day: a.skip_note for day, a in self._answers.items() if a.skip_note}
        self.calendar.show_month(year, month, marks, self._today, notes)
