"""A reminder comes in the real window, once, even when a second copy is launched meanwhile.

The profile holds a walk whose reminder was snoozed until a few seconds after the app
starts (a state the app itself writes), so the test need not wait for a clock minute.
"""

from __future__ import annotations

import re
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from planner.domain.model import Item, Schedule
from planner.domain.reminder_rules import Outcome
from planner.domain.reminder_sources import ReminderSource
from planner.domain.reminders import DueReminder
from planner.services.settings import REMINDERS_SINCE, Settings
from planner.storage.store import Store

if TYPE_CHECKING:
    from conftest import AppRunner, XSession

TITLE = "Between Checkups"
SNOOZE = timedelta(seconds=8)


def _profile(folder: Path) -> tuple[int, datetime]:
    """A walk reminded at the last full minute and snoozed until SNOOZE from now."""
    now = datetime.now(UTC)
    slot = (now - timedelta(minutes=1)).replace(second=0, microsecond=0)
    store = Store.open(folder / "planner.db")
    try:
        (walk,) = store.items.add_many(
            [Item("Walk in the fresh air", Schedule.daily(), reminders=(slot.time(),))],
            today=slot.date() - timedelta(days=1),
            now=now - timedelta(days=1),
        )
        Settings(store).set(REMINDERS_SINCE, (now - timedelta(hours=1)))
        store.settings.set("reminders.quiet_hours", "")  # whatever the hour of the test
        due = DueReminder(slot, slot.date(), slot.time(), ReminderSource.item(walk.id))
        store.reminder_log.mark_shown([due], slot)
        until = now + SNOOZE
        store.reminder_log.set_outcome([due], Outcome.SNOOZED, now, until)
    finally:
        store.close()
    assert walk.id is not None
    return walk.id, until


def _shown_again(database: Path, item_id: int) -> datetime | None:
    store = Store.open_readonly(database)
    try:
        (entry,) = store.reminder_log.for_item(item_id)
    finally:
        store.close()
    snoozed = entry.snoozed_until
    assert snoozed is not None
    return entry.last_shown_at if entry.last_shown_at and entry.last_shown_at >= snoozed else None


@pytest.mark.e2e
def test_a_reminder_shows_once_in_the_window(
    tmp_path: Path, x_session: XSession, app_runner: AppRunner
) -> None:
    import os

    data_dir = tmp_path / "profile"
    data_dir.mkdir(mode=0o700)
    item_id, until = _profile(data_dir)
    app_runner.env["TZ"] = "UTC"
    first = app_runner.start("--data-dir", str(data_dir))
    window = x_session.find_window(TITLE, first)
    before = x_session.screenshot(tmp_path / "before-reminder.png")

    time.sleep(1.0)  # well before the reminder: a second copy is launched and hands over
    second = app_runner.start("--data-dir", str(data_dir))
    assert app_runner.wait(second, timeout=15, doing="the second launch should hand over") == 0

    deadline = time.monotonic() + SNOOZE.total_seconds() + 15
    shown = None
    while shown is None and time.monotonic() < deadline:
        time.sleep(0.2)
        shown = _shown_again(data_dir / "planner.db", item_id)
    assert shown is not None, f"the reminder did not come\n{app_runner.output(first)}"
    assert shown - until < timedelta(seconds=1), f"late by {shown - until}"
    time.sleep(0.5)
    shot = x_session.screenshot(tmp_path / "reminder.png")
    assert x_session.differing_pixels(before, shot) > 2000, "the reminder panel did not appear"

    time.sleep(2)  # no second pop-up follows, from either copy
    log = (data_dir / "logs" / "planner.log").read_text()
    assert len(re.findall(r"Reminders planned \(\w+\): [1-9]\d* now", log)) == 1, log
    assert _shown_again(data_dir / "planner.db", item_id) == shown

    if os.environ.get("PLANNER_SHOTS_DIR"):
        target = Path(os.environ["PLANNER_SHOTS_DIR"])
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, target / "reminder.png")

    x_session.key(window, "ctrl+q")
    assert app_runner.wait(first, timeout=10, doing="Ctrl+Q should quit") == 0
