"""The Store facade: opens the database and builds the repositories on it.

Repositories receive the ``Database`` they work on and never import this module, so
there is no import circle. Those Today's first paint does not need load on first use.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from planner.storage.db import Database
from planner.storage.migrations import MIGRATIONS
from planner.storage.opening import open_reader, open_writer
from planner.storage.repos.checkoffs import CheckOffRepository
from planner.storage.repos.items import ItemRepository
from planner.storage.repos.settings import SettingsRepository

if TYPE_CHECKING:
    from planner.storage.repos.checkups import CheckupRepository
    from planner.storage.repos.drafts import DraftRepository
    from planner.storage.repos.followup import FollowupRepository
    from planner.storage.repos.journal import JournalRepository
    from planner.storage.repos.questions import QuestionRepository
    from planner.storage.repos.reminder_log import ReminderLogRepository
    from planner.storage.repos.wellbeing import WellbeingRepository


class Store:
    """The planner's database and its repositories."""

    def __init__(self, database: Database, *, is_new: bool) -> None:
        self.database = database
        self.path = database.path
        self.is_new = is_new
        self.items = ItemRepository(database)
        self.checkoffs = CheckOffRepository(database)
        self.settings = SettingsRepository(database)
        self._reminder_log: ReminderLogRepository | None = None
        self._journal: JournalRepository | None = None
        self._checkups: CheckupRepository | None = None
        self._wellbeing: WellbeingRepository | None = None
        self._drafts: DraftRepository | None = None
        self._followup: FollowupRepository | None = None
        self._questions: QuestionRepository | None = None

    @property
    def reminder_log(self) -> ReminderLogRepository:
        """The reminder log (the reminders start after the first paint)."""
        if self._reminder_log is None:
            from planner.storage.repos.reminder_log import ReminderLogRepository

            self._reminder_log = ReminderLogRepository(self.database)
        return self._reminder_log

    @property
    def journal(self) -> JournalRepository:
        """Check-ins (Today's first paint does not need them)."""
        if self._journal is None:
            from planner.storage.repos.journal import JournalRepository

            self._journal = JournalRepository(self.database)
        return self._journal

    @property
    def checkups(self) -> CheckupRepository:
        if self._checkups is None:
            from planner.storage.repos.checkups import CheckupRepository

            self._checkups = CheckupRepository(self.database)
        return self._checkups

    @property
    def wellbeing(self) -> WellbeingRepository:
        """The two-weekly screens and the care-team notes shown."""
        if self._wellbeing is None:
            from planner.storage.repos.wellbeing import WellbeingRepository

            self._wellbeing = WellbeingRepository(self.database)
        return self._wellbeing

    @property
    def drafts(self) -> DraftRepository:
        if self._drafts is None:
            from planner.storage.repos.drafts import DraftRepository

            self._drafts = DraftRepository(self.database)
        return self._drafts

    @property
    def followup(self) -> FollowupRepository:
        """The follow-up schedules."""
        if self._followup is None:
            from planner.storage.repos.followup import FollowupRepository

            self._followup = FollowupRepository(self.database)
        return self._followup

    @property
    def questions(self) -> QuestionRepository:
        """Questions for the care team."""
        if self._questions is None:
            from planner.storage.repos.questions import QuestionRepository

            self._questions = QuestionRepository(self.database)
        return self._questions

    @classmethod
    def open(cls, path: Path, *, migrations: Sequence[str] = MIGRATIONS) -> Store:
        """Open (or create) the database, check it, and bring its schema up to date."""
        database, is_new = open_writer(Path(path), migrations)
        return cls(database, is_new=is_new)

    @classmethod
    def open_readonly(cls, path: Path, *, known: int = len(MIGRATIONS)) -> Store:
        """Open for reading only (commands, slow work): nothing is moved, migrated or written."""
        return cls(open_reader(Path(path), known), is_new=False)

    @property
    def connection(self) -> sqlite3.Connection:
        """The single connection, for reads and for copies made with the online backup API."""
        return self.database.connection

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """A write transaction on the database (see ``Database.transaction``)."""
        return self.database.transaction()

    def batch(self) -> AbstractContextManager[sqlite3.Connection]:
        """One transaction around several writes (see ``Database.batch``)."""
        return self.database.batch()

    def integrity_ok(self) -> bool:
        return self.database.integrity_ok()

    def close(self) -> None:
        """Close the connection; SQLite checkpoints the WAL into the main file."""
        self.database.close()

    def reopen(self, *, migrations: Sequence[str] = MIGRATIONS) -> None:
        """Open the file again after ``close`` (the passphrase was set, changed or removed
        meanwhile): this same Store and its repositories then use the new connection, so
        the services holding them need not be rebuilt. Raises StoreError as ``open``."""
        database, _ = open_writer(Path(self.path), migrations)
        self.database.adopt(database)
