"""Check-ins: saved, changed, deleted for good, and read page by page for the timeline."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from planner.domain.insights import DayPoint
from planner.domain.journal import JournalEntry, JournalFilter, Mood, SleepQuality

if TYPE_CHECKING:
    from planner.storage.db import Database

_COLUMNS = (
    "id, day, at_utc, zone, mood, worry, energy, sleep_hours, sleep_quality, note, tags, "
    "for_care_team"
)
TAG_SEPARATOR = "\n"
#: Kept in the settings table while removed text may still sit in the search index's
#: old segments or the write-ahead log: set in the same transaction as the delete or
#: edit, cleared by ``scrub``. An app that died in between finishes the wipe at start.
WIPE_PENDING_KEY = "storage.journal_wipe_pending"
_MARK_WIPE = (
    "INSERT INTO settings (key, value) VALUES (?, 'yes') "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def stamp(moment: datetime) -> str:
    """UTC, fixed width, so text order is time order."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("journal times must be time zone aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _entry(row: tuple[Any, ...]) -> JournalEntry:
    eid, day, at, zone, mood, worry, energy, hours, quality, note, tags, care = row
    return JournalEntry(
        id=eid,
        day=date.fromisoformat(day),
        at=datetime.fromisoformat(at),
        zone=zone,
        mood=Mood(mood),
        worry=worry,
        energy=energy,
        sleep_hours=hours,
        sleep_quality=SleepQuality(quality) if quality else None,
        note=note,
        tags=tuple(t for t in tags.split(TAG_SEPARATOR) if t),
        for_care_team=bool(care),
    )


def _values(entry: JournalEntry, now: datetime) -> tuple[Any, ...]:
    return (
        entry.day.isoformat(),
        stamp(entry.at),
        entry.zone,
        int(entry.mood),
        entry.worry,
        entry.energy,
        entry.sleep_hours,
        int(entry.sleep_quality) if entry.sleep_quality else None,
        entry.note,
        TAG_SEPARATOR.join(entry.tags),
        int(entry.for_care_team),
        stamp(now),
    )


def _where(filter_: JournalFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    query = filter_.search_query()
    if query:
        clauses.append("id IN (SELECT rowid FROM journal_search WHERE journal_search MATCH ?)")
        args.append(query)
    if filter_.tag:
        clauses.append("instr(char(10) || tags || char(10), char(10) || ? || char(10)) > 0")
        args.append(filter_.tag)
    if filter_.moods:
        clauses.append(f"mood IN ({', '.join('?' * len(filter_.moods))})")
        args += sorted(int(m) for m in filter_.moods)
    if filter_.worry_min > 0 or filter_.worry_max < 10:
        clauses.append("worry BETWEEN ? AND ?")
        args += [filter_.worry_min, filter_.worry_max]
    if filter_.since:
        clauses.append("day >= ?")
        args.append(filter_.since.isoformat())
    if filter_.until:
        clauses.append("day <= ?")
        args.append(filter_.until.isoformat())
    return clauses, args


class JournalRepository:
    """Check-ins, newest first; each write is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.connection

    def add(self, entry: JournalEntry, now: datetime) -> JournalEntry:
        """Save a new check-in (or put a deleted one back with its own id)."""
        with self._db.transaction() as conn:
            cur = conn.execute(
                f"INSERT INTO journal_entries (id, {_COLUMNS[4:]}, updated_at_utc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.id, *_values(entry, now)),
            )
            new_id = cur.lastrowid
        return self.get(int(entry.id or new_id or 0)) or entry

    def update(self, entry: JournalEntry, now: datetime) -> JournalEntry:
        assert entry.id is not None
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE journal_entries SET day = ?, at_utc = ?, zone = ?, mood = ?, worry = ?, "
                "energy = ?, sleep_hours = ?, sleep_quality = ?, note = ?, tags = ?, "
                "for_care_team = ?, updated_at_utc = ? WHERE id = ?",
                (*_values(entry, now), entry.id),
            )
            conn.execute(_MARK_WIPE, (WIPE_PENDING_KEY,))  # the old words are to be wiped
        return entry

    def delete(self, entry_id: int) -> JournalEntry | None:
        """Remove a check-in (its words leave the search index too); returns what it was."""
        entry = self.get(entry_id)
        if entry is None:
            return None
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM journal_entries WHERE id = ?", (entry_id,))
            conn.execute(_MARK_WIPE, (WIPE_PENDING_KEY,))
        return entry

    def scrub(self) -> None:
        """Make deleted text unrecoverable from the files.

        ``secure_delete`` zeroes freed pages, but the search index keeps deleted words
        in older segments until they are merged, and the write-ahead log keeps old page
        images until a checkpoint: merge the index, then checkpoint and truncate the log.
        """
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO journal_search (journal_search) VALUES ('optimize')")
        busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            return  # a reader held the log (an export): still pending, tried again later
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (WIPE_PENDING_KEY,))
        # The marker's own removal left a page of the settings table in the log; empty it.
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def wipe_pending(self) -> bool:
        """Whether removed text may still be in the files (``scrub`` has not finished)."""
        row = self._conn.execute(
            "SELECT 1 FROM settings WHERE key = ?", (WIPE_PENDING_KEY,)
        ).fetchone()
        return row is not None

    def get(self, entry_id: int) -> JournalEntry | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM journal_entries WHERE id = ?", (entry_id,)
        ).fetchone()
        return _entry(row) if row else None

    def page(
        self,
        filter_: JournalFilter,
        limit: int,
        before: JournalEntry | None = None,
        start: datetime | None = None,
    ) -> list[JournalEntry]:
        """Up to ``limit`` check-ins, newest first, older than ``before`` (the last row
        shown) and, when ``start`` is given, made at or after it."""
        clauses, args = _where(filter_)
        if before is not None:
            clauses.append("(at_utc < ? OR (at_utc = ? AND id < ?))")
            args += [stamp(before.at), stamp(before.at), before.id]
        if start is not None:
            clauses.append("at_utc >= ?")
            args.append(stamp(start))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM journal_entries {where} ORDER BY at_utc DESC, id DESC LIMIT ?",
            (*args, limit),
        )
        return [_entry(r) for r in rows]

    def count(self, filter_: JournalFilter) -> int:
        clauses, args = _where(filter_)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return int(
            self._conn.execute(f"SELECT count(*) FROM journal_entries {where}", args).fetchone()[0]
        )

    def span_stats(
        self, spans: Sequence[tuple[datetime | None, datetime | None]]
    ) -> list[tuple[int, float | None, float | None]]:
        """(check-ins, mean mood, mean worry) for each [start, end) span (None: open)."""
        out = []
        for start, end in spans:
            row = self._conn.execute(
                "SELECT count(*), avg(mood), avg(worry) FROM journal_entries "
                "WHERE at_utc >= ? AND at_utc < ?",
                (stamp(start) if start else "", stamp(end) if end else "~"),
            ).fetchone()
            out.append((int(row[0]), row[1], row[2]))
        return out

    def day_points(self, since: date | None = None, until: date | None = None) -> list[DayPoint]:
        """Each day's mean mood and worry, oldest first."""
        rows = self._conn.execute(
            "SELECT day, avg(mood), avg(worry), count(*) FROM journal_entries "
            "WHERE day >= ? AND day <= ? GROUP BY day ORDER BY day",
            (since.isoformat() if since else "", until.isoformat() if until else "~"),
        )
        return [DayPoint(date.fromisoformat(d), m, w, n) for d, m, w, n in rows]

    def worry_moments(self, since: date | None = None) -> list[tuple[datetime, int]]:
        """(instant, worry) of every check-in from local day ``since`` on, oldest first."""
        rows = self._conn.execute(
            "SELECT at_utc, worry FROM journal_entries WHERE day >= ? ORDER BY at_utc, id",
            (since.isoformat() if since else "",),
        )
        return [(datetime.fromisoformat(at), worry) for at, worry in rows]

    def first_day(self) -> date | None:
        row = self._conn.execute("SELECT min(day) FROM journal_entries").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def since(self, start: datetime) -> list[JournalEntry]:
        """Every check-in made at or after ``start``, oldest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM journal_entries WHERE at_utc >= ? ORDER BY at_utc, id",
            (stamp(start),),
        )
        return [_entry(r) for r in rows]

    def care_team_entries(self, first: date, last: date) -> list[JournalEntry]:
        """The check-ins marked for the care team on local days first..last, oldest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM journal_entries WHERE for_care_team = 1 "
            "AND day BETWEEN ? AND ? ORDER BY at_utc, id",
            (first.isoformat(), last.isoformat()),
        )
        return [_entry(r) for r in rows]

    def days_with_entries(self, first: date, last: date) -> set[date]:
        rows = self._conn.execute(
            "SELECT DISTINCT day FROM journal_entries WHERE day BETWEEN ? AND ?",
            (first.isoformat(), last.isoformat()),
        )
        return {date.fromisoformat(d) for (d,) in rows}

    def tags_in_use(self) -> list[str]:
        """Every tag used so far, most used first."""
        counts: dict[str, int] = {}
        for (tags,) in self._conn.execute("SELECT tags FROM journal_entries WHERE tags != ''"):
            for tag in tags.split(TAG_SEPARATOR):
                counts[tag] = counts.get(tag, 0) + 1
        return sorted(counts, key=lambda t: (-counts[t], t))

    def all(self) -> list[JournalEntry]:
        """Every check-in, oldest first (export)."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM journal_entries ORDER BY at_utc, id")
        return [_entry(r) for r in rows]
