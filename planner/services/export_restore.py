"""A JSON export as a way back: check it, say what it holds, and put it in place of the
data the same safe way a backup is restored.

``describe`` reads and checks the whole file and says what it holds; nothing changes.
``restore_export`` checks it again, builds a complete new database from it in a private
temporary file in the data folder (the current schema, the file's own ids, one
transaction), checks that (integrity, links, counts equal to the file's), and hands it
to the backup restore (``planner.storage.restoring.restore_backup``): a safety backup of
the current data first, then one atomic swap. Any problem in the file refuses all of it
(``ExportRefused`` lists every one, with its place) and nothing changes; a failure or a
kill at any moment leaves the current data whole. The app's store must be closed first
and opened again after, as for a backup.

Restoring the same export twice gives the same data: the new database is built from the
file alone, never added to the old one. Export, restore and export again give the same
JSON but for the time stamp. What the export does not keep (drafts being written, when
an item was archived, a question's edit times) the restore cannot bring back: drafts
are empty, and the times are taken from the export's own.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from PySide6.QtCore import QCoreApplication

from planner.services.export import EXPORT_FORMAT, EXPORT_VERSION
from planner.services.export_fields import ExportProblem, ProblemList, Row
from planner.services.export_shapes import COLUMNS, ExportRows
from planner.services.export_tables import Tables
from planner.storage import sql
from planner.storage.backups import BackupError, BackupProblem, fsync_file, incoming_file
from planner.storage.errors import StoreError
from planner.storage.migrations import MIGRATIONS
from planner.storage.restoring import restore_backup
from planner.storage.store import Store

__all__ = [
    "MAX_EXPORT_BYTES",
    "ExportRefused",
    "ExportRestored",
    "ExportSummary",
    "describe",
    "looks_like_export",
    "read_export",
    "restore_export",
]

#: A ten-year profile exports to about 30 MB; anything past this is not an export.
MAX_EXPORT_BYTES = 200_000_000
#: Problems kept to show; a file with more says how many more there are.
MAX_PROBLEMS_KEPT = 1000
_TOP = [
    "format",
    "version",
    "app_version",
    "exported_at_utc",
    "items",
    "checkoffs",
    "settings",
    "reminder_log",
    "journal",
    "checkups",
    "followup_schedules",
    "questions",
    "screens",
    "care_notes",
]


@dataclass(frozen=True)
class ExportSummary:
    """What an export holds, as the backup list says what a backup holds."""

    path: Path
    size: int
    version: int
    app_version: str
    exported_at: datetime
    items: int
    checkoffs: int
    checkins: int
    checkups: int  # booked and planned ones (removed ones are kept only for calendars)
    questions: int


@dataclass(frozen=True)
class ExportRestored:
    """A restore that went through: what the export held and where the data before went."""

    summary: ExportSummary
    before: Path | None  # the safety backup of the data as it was (None: there was none)


class ExportRefused(Exception):
    """The file cannot be restored; ``problems`` says every reason, each with its place."""

    def __init__(self, path: Path, problems: list[ExportProblem]) -> None:
        self.path = path
        self.count = len(problems) + getattr(problems, "more", 0)
        self.problems = list(problems[:MAX_PROBLEMS_KEPT])
        super().__init__(str(self.problems[0]) if self.problems else "refused")

    def lines(self, most: int = 50) -> list[str]:
        """The problems as plain lines, the first ``most`` of them and how many more."""
        shown = [str(p) for p in self.problems[:most]]
        rest = self.count - len(shown)
        if rest > 0:
            shown.append(
                QCoreApplication.translate(
                    "ExportRestore", "… and {count} more problems like these."
                ).format(count=rest)
                if rest > 1
                else QCoreApplication.translate("ExportRestore", "… and 1 more problem.")
            )
        return shown

    def text(self, most: int = 50) -> str:
        """The whole refusal: what it is, every problem (up to ``most``) and that nothing
        changed."""
        head = QCoreApplication.translate(
            "ExportRestore", "{file} cannot be restored, so nothing was changed:"
        ).format(file=self.path)
        if self.count == 1 and not self.problems[0].place:
            return self.problems[0].text
        return "\n".join([head, *(f"  {line}" for line in self.lines(most))])


def looks_like_export(path: Path) -> bool:
    """Whether ``path`` starts like a JSON export ("{" after any blank or byte-order mark)
    rather than a database (a backup, plain or encrypted). False when it cannot be read."""
    try:
        with open(path, "rb") as file:
            head = file.read(64)
    except OSError:
        return False
    return head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")[:1] == b"{"


def _refuse(path: Path, text: str) -> NoReturn:
    raise ExportRefused(path, [ExportProblem("", text)])


def _no_constants(name: str) -> NoReturn:
    raise ValueError(name)  # NaN and Infinity are not JSON


def _load(path: Path) -> tuple[dict[str, Any], int]:
    """The parsed document and the file's size; refused when it is not JSON or too big."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_EXPORT_BYTES + 1)
    except FileNotFoundError:
        _refuse(
            path,
            QCoreApplication.translate("ExportRestore", "There is no file at {file}.").format(
                file=path
            ),
        )
    except OSError as exc:
        _refuse(
            path,
            QCoreApplication.translate(
                "ExportRestore", "{file} cannot be read ({reason}). Nothing was changed."
            ).format(file=path, reason=exc.strerror or exc),
        )
    if len(data) > MAX_EXPORT_BYTES:
        _refuse(
            path,
            QCoreApplication.translate(
                "ExportRestore",
                "{file} is too big to be an export (the most is {most} MB). Nothing was changed.",
            ).format(file=path, most=MAX_EXPORT_BYTES // 1_000_000),
        )
    not_ours = QCoreApplication.translate(
        "ExportRestore", "{file} is not a Between Checkups export. Nothing was changed."
    ).format(file=path)
    try:
        doc = json.loads(data.decode("utf-8-sig"), parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        _refuse(
            path,
            QCoreApplication.translate(
                "ExportRestore",
                "{file} is not a whole export: it breaks off or has a mistake at line {line}, "
                "column {column}. Nothing was changed.",
            ).format(file=path, line=exc.lineno, column=exc.colno),
        )
    except (UnicodeDecodeError, ValueError, RecursionError):
        _refuse(path, not_ours)
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        _refuse(path, not_ours)
    return doc, len(data)


def read_export(path: Path) -> tuple[ExportSummary, ExportRows]:
    """Read and check the whole file: what it holds and its rows for the database.

    Raises ExportRefused with every problem found (or the one that stops the reading: not
    JSON, not an export, too big, from a newer version)."""
    path = Path(path)
    doc, size = _load(path)
    version = doc.get("version")
    if type(version) is int and version > EXPORT_VERSION:
        _refuse(
            path,
            QCoreApplication.translate(
                "ExportRestore",
                "{file} was made by a newer version of Between Checkups (export version "
                "{version}). Nothing was changed. Install the newer version to restore it.",
            ).format(file=path, version=version),
        )
    problems = ProblemList(MAX_PROBLEMS_KEPT)
    top = Row(doc, QCoreApplication.translate("ExportRestore", "the file"), _TOP, problems)
    checked = top.whole("version", 1, EXPORT_VERSION) or EXPORT_VERSION
    app_version = top.text("app_version", 40, optional=True) or "?"
    exported = top.moment("exported_at_utc")
    if exported is None:
        raise ExportRefused(path, problems)
    rows = Tables(doc, exported, problems).read_all()
    if problems:
        raise ExportRefused(path, problems)
    summary = ExportSummary(
        path=path,
        size=size,
        version=checked,
        app_version=app_version,
        exported_at=exported,
        items=len(rows.items),
        checkoffs=len(rows.checkoffs),
        checkins=len(rows.journal_entries),
        checkups=sum(1 for row in rows.checkups if row[9] != "removed"),
        questions=len(rows.questions),
    )
    return summary, rows


def describe(path: Path) -> ExportSummary:
    """What the export holds, after checking all of it; nothing changes.
    Raises ExportRefused."""
    return read_export(path)[0]


def restore_export(
    database: Path, path: Path, now: datetime, *, known: int = len(MIGRATIONS)
) -> ExportRestored:
    """Put the export's data in the place of the database (see the module's note).

    The app must not have the database open. Raises ExportRefused (the file) or
    BackupError (NOT_MADE: the new data or the safety backup could not be written);
    the current data is unchanged then."""
    database = Path(database)
    summary, rows = read_export(path)
    folder = database.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(BackupProblem.NOT_MADE, folder) from exc
    built = build_database(folder, rows, Path(path))
    try:
        done = restore_backup(database, built, known, now)
    finally:
        _remove(built)
    return ExportRestored(summary, done.before)


def build_database(folder: Path, rows: ExportRows, source: Path) -> Path:
    """A complete new database holding ``rows``, in a private temporary file in ``folder``,
    checked and flushed. Raises BackupError (NOT_MADE) or ExportRefused (rows the
    database will not take together)."""
    try:
        temp = incoming_file(folder)
    except OSError as exc:
        raise BackupError(BackupProblem.NOT_MADE, folder) from exc
    try:
        store = Store.open(temp)
        try:
            _fill(store, rows, source)
        finally:
            store.close()
        fsync_file(temp)
    except BaseException as exc:
        _remove(temp)
        if isinstance(exc, (OSError, StoreError, *sql.Error)):
            raise BackupError(BackupProblem.NOT_MADE, folder) from exc
        raise
    return temp


def _fill(store: Store, rows: ExportRows, source: Path) -> None:
    """Insert every table in one transaction, then check what was written."""
    try:
        with store.batch() as conn:
            for table, columns in COLUMNS.items():
                marks = ", ".join("?" for _ in columns.split(","))
                conn.executemany(
                    f"INSERT INTO {table} ({columns}) VALUES ({marks})", getattr(rows, table)
                )
    except sql.IntegrityError as exc:  # a rule the checks above did not know of
        text = QCoreApplication.translate(
            "ExportRestore",
            "{file} holds rows that do not fit together, so it cannot be restored. "
            "Nothing was changed.",
        ).format(file=source)
        raise ExportRefused(source, [ExportProblem("", text)]) from exc
    conn = store.connection
    counts_ok = all(
        conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(getattr(rows, table))
        for table in COLUMNS
    )
    links_ok = not conn.execute("PRAGMA foreign_key_check").fetchall()
    if not (counts_ok and links_ok and store.integrity_ok()):
        raise BackupError(BackupProblem.NOT_MADE, store.path.parent)
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file for the swap


def _remove(temp: Path) -> None:
    for name in (temp.name, temp.name + "-wal", temp.name + "-shm", temp.name + "-journal"):
        with contextlib.suppress(OSError):
            temp.with_name(name).unlink()
