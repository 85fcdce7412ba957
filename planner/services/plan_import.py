"""Import a plan: its preview (``plan_preview``), then applying it after a copy of the
data file, in one transaction. A newer version of the same plan updates the plan's items
in place; items it dropped are archived only when the person says so.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner.services.changes import Changes
from planner.services.followup import FollowupService
from planner.services.plan_preview import (
    ContactChange,
    ContactField,
    ImportPreview,
    ItemField,
    ItemUpdate,
    preview_plan,
)
from planner.services.plans import apply_plan
from planner.storage.opening import safety_copy

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.services.checklist import ChecklistService
    from planner.services.tasks import TaskRunner
    from planner.storage.store import Store

__all__ = [
    "ContactChange",
    "ContactField",
    "ImportPreview",
    "ItemField",
    "ItemUpdate",
    "PlanImport",
    "copy_before_import",
    "preview_plan",
]

log = logging.getLogger(__name__)


class PlanImport:
    """Previews and applies a plan file on the person's data."""

    def __init__(self, store: Store, checklist: ChecklistService) -> None:
        self._store = store
        self._checklist = checklist
        self._tasks: TaskRunner[Store] | None = None

    def _runner(self) -> TaskRunner[Store]:
        """The worker for the window's preview and copy, each with its own reader."""
        if self._tasks is None:
            from planner.domain.plan_errors import PlanError
            from planner.services.tasks import TaskRunner
            from planner.storage.errors import StoreError
            from planner.storage.store import Store

            path = Path(self._store.path)
            self._tasks = TaskRunner(
                lambda: Store.open_readonly(path),
                expected_errors=(OSError, StoreError, PlanError),
                max_threads=1,
            )
        return self._tasks

    def preview_later(
        self,
        path: Path,
        on_done: Callable[[ImportPreview], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """``preview`` off the GUI thread; the outcome comes back on it."""
        today = self._checklist.today()
        self._runner().run(
            lambda reader: preview_plan(reader, Path(path), today),
            name="plan preview",
            on_done=on_done,
            on_error=on_error,
        )

    def copy_later(
        self, on_done: Callable[[Path], None], on_error: Callable[[BaseException], None]
    ) -> None:
        """The copy before an import, off the GUI thread (then ``apply_after_copy``)."""
        now = self._checklist.now()
        self._runner().run(
            lambda reader: copy_before_import(reader, now),
            name="copy before a plan import",
            on_done=on_done,
            on_error=on_error,
        )

    def wait(self) -> None:
        """Let work already started finish (a closing dialog, the tests)."""
        if self._tasks is not None:
            self._tasks.wait_for_all(10_000)

    def preview(self, path: Path) -> ImportPreview:
        """Read the plan and say what applying it would change; PlanError for a bad file."""
        return preview_plan(self._store, Path(path), self._checklist.today())

    def apply(
        self, preview: ImportPreview, archive_dropped: bool, *, origin: object = None
    ) -> Path:
        """Copy the data file, then apply the previewed plan; returns the copy's path."""
        copy = self.copy_data_file(self._checklist.now())
        self.apply_after_copy(preview, archive_dropped, origin=origin)
        return copy

    def apply_after_copy(
        self, preview: ImportPreview, archive_dropped: bool, *, origin: object = None
    ) -> None:
        """Apply the previewed plan in one transaction (the copy is made already): the
        items, what the plan says about the program and the person, the follow-up, the
        questions, and the checkups it plans. A failure changes nothing."""
        store = self._store
        now = self._checklist.now()
        today = self._checklist.today()
        archive = [i.id for i in preview.dropped if i.id is not None] if archive_dropped else []
        with store.batch():
            store.items.apply_plan_items(
                preview.added, [u.new for u in preview.updated], archive, today=today, now=now
            )
            apply_plan(store, replace(preview.plan, items=()), today=today, now=now)
            FollowupService(store, self._checklist).sync(announce=False)
        log.info(
            "Plan imported: %d items added, %d updated, %d archived",
            len(preview.added),
            len(preview.updated),
            len(archive),
        )
        self._checklist.bus.publish(Changes.all(origin=origin))

    def copy_data_file(self, now: datetime) -> Path:
        """A checked copy of the data file before an import (see ``safety_copy``)."""
        return copy_before_import(self._store, now)


def copy_before_import(store: Store, now: datetime) -> Path:
    """A checked copy of ``store``'s data (a reader's works too, off the GUI thread)."""
    return safety_copy(store.connection, Path(store.path), "before-import", now)
