"""Backups follow the passphrase: after it is set, changed or removed, the backups the
old key (or no key) opened are rewritten for the new one, each checked and swapped as
the profile is (``cipher.rewrite_copy``), so every backup opens with today's passphrase.

A backup made under an even older passphrase is left as it is (it opens with that one).
A backup that cannot be rewritten is left whole and counted; a crash leaves each backup
either as it was or rewritten, and a half-written file that the next run removes.

Also here: how a copy is keyed (``keyed_like_profile``: page copy or ``sqlcipher_export``)
and the content fingerprint of an encrypted backup, kept in a small hidden note beside it
(``.planner-<stamp>Z.db.content``, 0600: a SHA-256, no words of the journal) so that
"back up only when something changed" need not read the newest backup again each time.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from planner.storage import cipher, keys
from planner.storage.db import connect
from planner.storage.errors import StoreError

BACKUP_GLOB = "planner-*.db"
#: The note beside a backup that keeps its content fingerprint: hidden, never listed.
PRINT_PREFIX = "."
PRINT_SUFFIX = ".content"
#: Temporary notes start like a killed backup's temporary files, and are swept with them.
_NOTE_TEMP_PREFIX = ".incoming-"


@dataclass(frozen=True)
class Relocked:
    """How many backups were rewritten for the new key, and how many could not be."""

    done: int = 0
    failed: int = 0


def relock_backups(folder: Path, old: cipher.Key | None, new: cipher.Key | None) -> Relocked:
    """Rewrite the backups in ``folder`` that ``old`` opens (None: the plain ones) for
    ``new`` (None: plain)."""
    folder = Path(folder)
    if not folder.is_dir():
        return Relocked()
    for leftover in folder.glob(f"{cipher.TEMP_PREFIX}planner-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
    done = failed = 0
    for file in sorted(folder.glob(BACKUP_GLOB)):
        if not _opened_by(file, old):
            continue
        try:
            cipher.rewrite_copy(file, None if old is None else old.pragma, new)
        except StoreError:
            failed += 1
        else:
            done += 1
    return Relocked(done, failed)


def _opened_by(file: Path, old: cipher.Key | None) -> bool:
    kind = keys.file_kind(file)
    if old is None:
        return kind is keys.FileKind.PLAIN
    try:
        return kind is keys.FileKind.ENCRYPTED and keys.salt_of(file) == old.salt
    except OSError:
        return False


def keyed_like_profile(source: sqlite3.Connection) -> bool:
    """Whether ``source``'s file is keyed as a new copy will be: plain while no key is
    held (an encrypted file cannot be open then), else encrypted with the profile's salt
    (and so its key)."""
    held = keys.held()
    if held is None:
        return True
    rows = source.execute("PRAGMA database_list").fetchall()
    name = next((str(row[2]) for row in rows if row[1] == "main"), "")
    if not name:
        return False
    try:
        path = Path(name)
        return keys.file_kind(path) is keys.FileKind.ENCRYPTED and keys.salt_of(path) == held[0]
    except OSError:
        return False


def print_file(backup: Path) -> Path:
    """Where the content fingerprint of ``backup`` is kept."""
    return backup.with_name(f"{PRINT_PREFIX}{backup.name}{PRINT_SUFFIX}")


def content_print(path: Path, *, noted: bool = True) -> str:
    """The content fingerprint of a database file (``cipher.content_fingerprint``): from
    its note when the note was written for this file as it is now (same size and time),
    else computed, and noted unless ``noted`` is False (a temporary file).

    Raises OSError, StoreError or an error of sql.Error when it cannot be read."""
    path = Path(path)
    stat = path.stat()
    if noted:
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            note = json.loads(print_file(path).read_text(encoding="utf-8"))
            if note["size"] == stat.st_size and note["mtime_ns"] == stat.st_mtime_ns:
                return str(note["content"])
    conn = connect(path, read_only=True)
    try:
        found = cipher.content_fingerprint(conn)
    finally:
        conn.close()
    if noted:
        note_print(path, found)
    return found


def note_print(path: Path, content: str) -> None:
    """Keep a backup's content fingerprint beside it (0600, written whole); best effort."""
    with contextlib.suppress(OSError):
        stat = Path(path).stat()
        text = json.dumps({"content": content, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns})
        target = print_file(Path(path))
        fd, name = tempfile.mkstemp(prefix=_NOTE_TEMP_PREFIX, suffix=PRINT_SUFFIX, dir=path.parent)
        try:
            os.write(fd, text.encode("utf-8"))
        finally:
            os.close(fd)
        os.replace(name, target)


def remove_backup(path: Path) -> None:
    """Delete a backup and the note of its fingerprint. Raises OSError (the backup)."""
    Path(path).unlink()
    with contextlib.suppress(OSError):
        print_file(Path(path)).unlink()


def sweep_prints(folder: Path) -> int:
    """Remove the fingerprint notes whose backup is gone."""
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            name = entry.name
            if not (name.startswith(PRINT_PREFIX + "planner-") and name.endswith(PRINT_SUFFIX)):
                continue
            if not (Path(folder) / name[len(PRINT_PREFIX) : -len(PRINT_SUFFIX)]).exists():
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed
