"""Make a profile with years of check-offs, so start-up can be measured with a long history.

Usage: python tests/perf/make_history.py DIR [--years 10] [--items 12] [--seed 1]

DIR gets a planner.db with ``items`` checklist items created ``years * 365`` days
ago and, for every day from then up to yesterday, one answer per item (mostly
done, some partial or skipped, about 5% missed). Day-based schedules are
answered on their due days; N-times-a-week items on about N days each week.
The store is created here, so the app's later open is not a first run and it
does not add the standard plan on top.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    # Run as a script: make the project importable without installing it.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from planner.domain.model import Category, Item, Schedule, ScheduleKind, SkipReason, Target
from planner.storage.store import Store

MISSED = 0.05
SKIPPED = 0.06
PARTIAL = 0.10  # of the answered occurrences of items with a target

_TEMPLATES: tuple[tuple[str, Category, Schedule, Target | None], ...] = (
    ("Eat fruit and vegetables", Category.FOOD, Schedule.daily(), Target(5, "portions")),
    ("Drink water", Category.FOOD, Schedule.daily(), Target(8, "glasses")),
    ("Take a short walk", Category.MOVEMENT, Schedule.daily(), Target(20, "minutes")),
    ("Stretch gently", Category.MOVEMENT, Schedule.on_weekdays(0, 1, 2, 3, 4), None),
    ("Go to bed on time", Category.REST, Schedule.daily(), None),
    ("Write three lines in the journal", Category.HABITS, Schedule.daily(), None),
    ("Strength exercises", Category.MOVEMENT, Schedule.per_week(3), Target(15, "minutes")),
    ("Call or meet a friend", Category.CONNECTION, Schedule.daily(), None),
    ("Take medication", Category.CARE, Schedule.daily(), None),
    ("Check skin and body for changes", Category.CARE, Schedule.on_weekdays(0, 2, 4), None),
    ("Breathing exercise", Category.REST, Schedule.daily(), Target(10, "minutes")),
    ("No alcohol today", Category.HABITS, Schedule.daily(), None),
)


def _local_zone() -> ZoneInfo:
    try:
        from planner.services.clock import local_zone

        return local_zone()
    except Exception:  # the generator must work even if services change
        return ZoneInfo("UTC")


def _items(count: int, created_on: date) -> list[Item]:
    """``count`` items cycling through the templates: mostly daily, some weekdays/N a week."""
    items = []
    for index in range(count):
        title, category, schedule, target = _TEMPLATES[index % len(_TEMPLATES)]
        if index >= len(_TEMPLATES):
            title = f"{title} ({index // len(_TEMPLATES) + 1})"
        items.append(
            Item(
                title=title,
                schedule=schedule,
                why="Generated for the start-up benchmark.",
                category=category,
                target=target,
                created_on=created_on,
            )
        )
    return items


def _answer_days(item: Item, first: date, last: date, rng: random.Random) -> Iterator[date]:
    """The days an item gets an answer (before taking out missed days)."""
    schedule = item.schedule
    if schedule.kind is ScheduleKind.TIMES_PER_WEEK:
        day = first - timedelta(days=first.weekday())
        while day <= last:
            week = [day + timedelta(days=i) for i in range(7)]
            for chosen in sorted(rng.sample(week, schedule.times_per_week)):
                if first <= chosen <= last:
                    yield chosen
            day += timedelta(days=7)
        return
    if schedule.kind is ScheduleKind.WEEKDAYS:
        day = first
        while day <= last:
            if day.weekday() in schedule.weekdays:
                yield day
            day += timedelta(days=1)
        return
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def _rows(
    items: list[Item], first: date, last: date, zone: ZoneInfo, rng: random.Random
) -> Iterator[tuple[object, ...]]:
    reasons = list(SkipReason)
    for item in items:
        for day in _answer_days(item, first, last, rng):
            roll = rng.random()
            if roll < MISSED:
                continue
            amount: float | None = None
            reason: str | None = None
            if roll < MISSED + SKIPPED:
                status = "skipped"
                reason = rng.choice(reasons).value if rng.random() < 0.7 else None
            elif item.target is not None and rng.random() < PARTIAL:
                status = "partial"
                amount = float(rng.randint(1, max(1, int(item.target.amount) - 1)))
            else:
                status = "done"
                if item.target is not None:
                    amount = item.target.amount
            evening = datetime.combine(day, clock_time(20, rng.randint(0, 59)), tzinfo=zone)
            yield (
                item.id,
                day.isoformat(),
                status,
                amount,
                reason,
                evening.astimezone(UTC).isoformat(),
                zone.key,
            )


def make_history(
    data_dir: Path, years: int = 10, items: int = 12, *, seed: int = 1, today: date | None = None
) -> int:
    """Create a profile in ``data_dir`` with ``years`` of history; return the check-off count."""
    data_dir = Path(data_dir)
    zone = _local_zone()
    now = datetime.now(UTC)
    today = today or now.astimezone(zone).date()
    first = today - timedelta(days=365 * years)
    last = today - timedelta(days=1)
    rng = random.Random(seed)
    store = Store.open(data_dir / "planner.db")
    try:
        if not store.is_new or store.items.active() or store.items.archived():
            raise SystemExit(f"{data_dir} already holds a planner profile; use an empty folder.")
        saved = store.items.add_many(_items(items, first), today=today, now=now)
        rows = list(_rows(saved, first, last, zone, rng))
        with store.transaction() as conn:
            conn.executemany(
                "INSERT INTO checkoffs (item_id, day, status, amount, skip_reason, "
                "recorded_at_utc, zone) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, metavar="DIR")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--items", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    count = make_history(args.data_dir, args.years, args.items, seed=args.seed)
    took = time.perf_counter() - started
    print(f"{args.data_dir}: {args.items} items, {count} check-offs in {took:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
