"""Make a profile with ten years of journal, so the Journal and Insights pages can be timed.

Usage: python tests/perf/make_journal.py DIR [--years 10] [--seed 1]

DIR gets a planner.db with what make_history.py makes (12 checklist items and their
daily answers for ``years`` years), and on top of it:
  - two check-ins a day (morning and evening) for every day up to yesterday, with
    mood and worry that swing slowly, worry rising before each checkup and while
    waiting for results, notes of varied length from a small word list (a few rare
    words, so a search can find little as well as much), some tags, and now and then
    energy, sleep and "for my care team";
  - 40 checkups spread over the years, each with a results date;
  - the two-weekly questions (PHQ-2 and GAD-2), answered every 14 days.
Everything is inserted in one transaction; the full-text index is filled by the
schema's triggers. Counts and the time taken are printed.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from bisect import bisect_left
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

if __package__ in (None, ""):
    # Run as a script: make the project and make_history importable.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_history import _local_zone, make_history

from planner.domain.journal import CheckupKind, clean_tags
from planner.storage.repos.journal import TAG_SEPARATOR, stamp
from planner.storage.store import Store

CHECKUPS = 40
#: Words a search can look for: common ones, a rare one, and a prefix shared by several.
COMMON_WORD = "walk"
RARE_WORD = "lighthouse"
RARE_SHARE = 0.0015  # of the notes (about 10 in ten years)
PREFIX = "slee"  # sleep, sleepy, sleepless, sleeping

_OPENERS = (
    "Today I", "This morning I", "In the evening I", "After lunch I", "Again I", "Finally I",
    "Somehow I", "Before bed I",
)  # fmt: skip
_VERBS = (
    "went for a walk", "walked to the park", "slept badly", "felt sleepy", "cooked soup",
    "called my sister", "read a book", "worked in the garden", "watched a film",
    "had a long nap", "talked with a friend", "did my stretches", "drank lots of water",
    "felt tired", "went swimming", "tidied the kitchen", "wrote letters", "played cards",
    "took the dog out", "met the neighbours", "went to work", "was sleeping in",
    "visited my mother", "baked bread", "listened to music", "sat in the sun",
)  # fmt: skip
_FEELINGS = (
    "and felt calm", "and felt a bit low", "and worried about the scan", "and felt strong",
    "and felt grateful", "but my back hurt", "and laughed a lot", "but felt restless",
    "and the pain was less", "and thought about the results", "and felt like myself",
    "but could not stop thinking", "and slept well after", "and was sleepless again",
    "and felt hopeful", "and was tired by noon",
)  # fmt: skip
_EXTRAS = (
    "The weather was grey.", "It rained all day.", "The sun came out in the afternoon.",
    "My appetite was good.", "I forgot my tablets once.", "The nurse phoned back.",
    "I want to ask the doctor about my tiredness.", "The children came over.",
    "Work was busy.", "I made plans for the weekend.", "The garden looks lovely.",
    "My hands were cold.", "I went to bed early.", "Dinner with friends.",
)  # fmt: skip
_OWN_TAGS = ("walk", "family", "work", "garden", "friends", "rain", "headache")
_PLACES = ("City Hospital", "Cancer Centre", "Health Clinic on Main Street", "")
_SLEEP_HOURS = (5.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0)
_ANSWERS = (0, 0, 1, 1, 2)  # mostly "not at all" and "several days"
_KINDS = (CheckupKind.BLOOD_TEST, CheckupKind.SCAN, CheckupKind.ONCOLOGIST, CheckupKind.OTHER)


@dataclass(frozen=True)
class _Checkup:
    day: date
    at: clock_time | None
    results_on: date


def _checkups(first: date, last: date, rng: random.Random) -> list[_Checkup]:
    """``CHECKUPS`` checkups evenly spread from ``first`` to ``last``, a little jittered."""
    gap = (last - first).days / (CHECKUPS + 0.5)
    out = []
    for index in range(CHECKUPS):
        day = first + timedelta(days=round(gap * (index + 0.5)) + rng.randint(-10, 10))
        at = clock_time(rng.randint(8, 16), rng.choice((0, 15, 30, 45)))
        out.append(
            _Checkup(
                day=min(day, last),
                at=at if rng.random() < 0.7 else None,
                results_on=min(day + timedelta(days=rng.randint(0, 14)), last),
            )
        )
    return out


def _checkup_rows(checkups: list[_Checkup], zone: ZoneInfo, now: datetime) -> list[tuple]:
    return [
        (
            c.day.isoformat(),
            c.at.strftime("%H:%M") if c.at else None,
            zone.key,
            _KINDS[index % len(_KINDS)].value,
            _PLACES[index % len(_PLACES)],
            c.results_on.isoformat(),
            "Bring the list of questions." if index % 3 == 0 else "",
            stamp(now),
            f"made-{index:04d}@between-checkups",
        )
        for index, c in enumerate(checkups)
    ]


def _phase(day: date, checkups: list[_Checkup], starts: list[date]) -> tuple[str, int]:
    """("before", days to go), ("waiting", 0), ("after", days since results) or ("", 0)."""
    index = bisect_left(starts, day)
    if index < len(checkups) and (starts[index] - day).days <= 14:
        if starts[index] == day:
            return "waiting", 0
        return "before", (starts[index] - day).days
    if index > 0:
        previous = checkups[index - 1]
        if day <= previous.results_on:
            return "waiting", 0
        since = (day - previous.results_on).days
        if since <= 14:
            return "after", since
    return "", 0


def _note(rng: random.Random, wants_rare: bool) -> str:
    """An empty, short, medium or long note made of everyday sentences."""
    roll = rng.random()
    if roll < 0.2:
        return ""
    sentences = 1 if roll < 0.6 else rng.randint(2, 5) if roll < 0.95 else rng.randint(10, 25)
    parts = []
    for _ in range(sentences):
        if rng.random() < 0.7:
            parts.append(f"{rng.choice(_OPENERS)} {rng.choice(_VERBS)} {rng.choice(_FEELINGS)}.")
        else:
            parts.append(rng.choice(_EXTRAS))
    if wants_rare:
        parts.insert(rng.randrange(len(parts) + 1), f"We drove out to the old {RARE_WORD}.")
    return " ".join(parts)


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _entry_rows(
    first: date, last: date, checkups: list[_Checkup], zone: ZoneInfo, rng: random.Random
) -> list[tuple]:
    """Two check-ins a day, from ``first`` to ``last``."""
    starts = [c.day for c in checkups]
    phase_seed = rng.uniform(0, 2 * math.pi)
    drift = 0.0
    rows = []
    day = first
    index = 0
    while day <= last:
        drift = 0.97 * drift + rng.gauss(0, 0.35)  # a slow random walk
        swing = 1.2 * math.sin(2 * math.pi * index / 365 + phase_seed) + 0.7 * math.sin(
            2 * math.pi * index / 47
        )
        phase, days = _phase(day, checkups, starts)
        lift = {
            "before": 3.0 * (14 - days) / 14,
            "waiting": 3.5,
            "after": -1.0 * (14 - days) / 14,
        }.get(phase, 0.0)
        for hour, minute_span in ((8, 120), (20, 150)):
            worry = _clamp(3 + swing + drift + lift + rng.gauss(0, 1), 0, 10)
            season = 0.4 * math.sin(index / 15)
            mood = _clamp(3.6 - 0.3 * (worry - 3) + season + rng.gauss(0, 0.6), 1, 5)
            wall = datetime.combine(day, clock_time(hour), zone) + timedelta(
                minutes=rng.randint(0, minute_span), seconds=rng.randint(0, 59)
            )
            morning = hour < 12
            energy = hours = quality = None
            if rng.random() < 0.6:
                energy = _clamp(7 - 0.4 * worry + rng.gauss(0, 1.2), 0, 10)
            if morning and rng.random() < 0.7:
                hours = rng.choice(_SLEEP_HOURS)
                quality = rng.randint(1, 3) if rng.random() < 0.8 else None
            tags = []
            if phase == "before" and rng.random() < 0.6:
                tags.append("checkup soon")
            if phase == "waiting" and rng.random() < 0.8:
                tags.append("waiting for results")
            if energy is not None and energy <= 3:
                tags.append("tired")
            if rng.random() < 0.05:
                tags.append("pain")
            if mood >= 4 and rng.random() < 0.3:
                tags.append("good day")
            if rng.random() < 0.15:
                tags.append(rng.choice(_OWN_TAGS))
            rows.append(
                (
                    day.isoformat(),
                    stamp(wall),
                    zone.key,
                    mood,
                    worry,
                    energy,
                    hours,
                    quality,
                    _note(rng, rng.random() < RARE_SHARE),
                    TAG_SEPARATOR.join(clean_tags(tags)),
                    int(rng.random() < 0.03),
                    stamp(wall),
                )
            )
        day += timedelta(days=1)
        index += 1
    return rows


def _screen_rows(first: date, last: date, zone: ZoneInfo, rng: random.Random) -> list[tuple]:
    """PHQ-2 and GAD-2 every 14 days, counted back from ``last`` (so none is due now)."""
    rows = []
    day = last
    while day >= first:
        at = stamp(datetime.combine(day, clock_time(20, 30), zone))
        for kind in ("phq2", "gad2"):
            answers = rng.choice(_ANSWERS), rng.choice(_ANSWERS)
            rows.append((kind, *answers, day.isoformat(), at, zone.key))
        day -= timedelta(days=14)
    rows.reverse()
    return rows


def make_journal(
    data_dir: Path, years: int = 10, *, seed: int = 1, today: date | None = None
) -> dict[str, int]:
    """Create the profile in ``data_dir``; return how many rows of each kind it holds."""
    data_dir = Path(data_dir)
    zone = _local_zone()
    now = datetime.now(UTC)
    today = today or now.astimezone(zone).date()
    checkoffs = make_history(data_dir, years, 12, seed=seed, today=today)
    first = today - timedelta(days=365 * years)
    last = today - timedelta(days=1)
    rng = random.Random(seed + 1)
    checkups = _checkups(first, last, rng)
    entries = _entry_rows(first, last, checkups, zone, rng)
    screens = _screen_rows(first, last, zone, rng)
    store = Store.open(data_dir / "planner.db")
    try:
        with store.transaction() as conn:
            conn.executemany(
                "INSERT INTO checkups (day, at, zone, kind, place, results_on, note, "
                "created_at_utc, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _checkup_rows(checkups, zone, now),
            )
            conn.executemany(
                "INSERT INTO journal_entries (day, at_utc, zone, mood, worry, energy, "
                "sleep_hours, sleep_quality, note, tags, for_care_team, updated_at_utc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries,
            )
            conn.executemany(
                "INSERT INTO screens (kind, answer_1, answer_2, day, at_utc, zone) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                screens,
            )
        indexed = store.connection.execute("SELECT count(*) FROM journal_search").fetchone()[0]
    finally:
        store.close()
    return {
        "items": 12,
        "check-offs": checkoffs,
        "check-ins": len(entries),
        "indexed": int(indexed),
        "checkups": len(checkups),
        "screens": len(screens),
    }


def describe(counts: dict[str, int]) -> str:
    """ "12 items, 40,123 check-offs, ..." for the benchmarks' headers."""
    return ", ".join(f"{value:,} {name}" for name, value in counts.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, metavar="DIR")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = make_journal(args.data_dir, args.years, seed=args.seed)
    took = time.perf_counter() - started
    print(f"{args.data_dir}: {describe(counts)} in {took:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
