"""The backup service: at start and once a day, only when something changed; a second
copy on a stick; old ones tidied away; the list; restore; and all of it off the GUI thread."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.domain.model import CheckOff, Item, Schedule, Status
from planner.services.backups import BackupService, problem_text
from planner.services.settings import BACKUP_SECOND_FOLDER, Settings
from planner.services.tasks import TaskRunner
from planner.storage.backups import BackupError, BackupProblem
from planner.storage.store import Store

ZONE = ZoneInfo("Europe/Berlin")
START = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "data" / "planner.db")
    yield opened
    opened.close()


@pytest.fixture
def item(store: Store) -> int:
    added = store.items.add(Item("Walk", Schedule.daily()), today=START.date(), now=START)
    assert added.id is not None
    return added.id


def tick(store: Store, item: int, day: date) -> None:
    store.checkoffs.record(CheckOff(item, day, Status.DONE, amount=1.0, recorded_at=START))


def test_a_backup_is_made_at_start_and_not_again_the_same_day(store: Store, item: int) -> None:
    service = BackupService(store.path, ZONE)
    first = service.back_up_if_due(START, at_start=True)
    assert first is not None
    assert first.made is not None
    tick(store, item, START.date())
    assert service.back_up_if_due(START + timedelta(hours=3)) is None  # not due yet
    next_day = service.back_up_if_due(START + timedelta(days=1))
    assert next_day is not None
    assert next_day.made is not None
    assert len(service.list()) == 2


def test_no_backup_when_nothing_changed(store: Store, item: int) -> None:
    service = BackupService(store.path, ZONE)
    service.back_up_if_due(START, at_start=True)
    again = service.back_up_if_due(START + timedelta(days=1))
    assert again is not None
    assert again.made is None
    restarted = BackupService(store.path, ZONE)  # the app started again, nothing saved
    assert restarted.back_up_if_due(START + timedelta(days=2), at_start=True) == again
    assert len(service.list()) == 1


def test_back_up_now_always_makes_one(store: Store, item: int) -> None:
    service = BackupService(store.path, ZONE)
    first = service.back_up_now(START).made
    second = service.back_up_now(START + timedelta(minutes=1)).made  # nothing changed
    assert first is not None
    assert second is not None
    assert second.at == START + timedelta(minutes=1)
    # Each is kept beside the automatic ones (the newest 3 the person made), newest first.
    assert [entry.file for entry in service.list()] == [second, first]
    assert {entry.file.reason for entry in service.list()} == {"by-you"}
    automatic = service.back_up_if_due(START + timedelta(minutes=2), at_start=True)
    assert automatic is not None
    assert automatic.made is not None  # not skipped: no automatic backup to compare with
    assert len(service.list()) == 3  # and it replaced neither of them


def test_sixty_days_of_use_keep_seven_daily_and_four_weekly(store: Store, item: int) -> None:
    service = BackupService(store.path, ZONE)
    for n in range(60):
        now = START + timedelta(days=n)
        tick(store, item, now.date())
        made = service.back_up_if_due(now, at_start=True)
        assert made is not None
        assert made.made is not None
    listed = service.list()
    assert len(listed) == 11
    assert listed[0].file.at == START + timedelta(days=59)
    assert listed[0].info is not None
    assert listed[0].info.checkoffs == 60
    assert all(entry.info is not None for entry in listed)


def test_each_new_backup_is_copied_to_the_second_folder(
    store: Store, item: int, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    Settings(store).set(BACKUP_SECOND_FOLDER, f"  {stick}  ")
    service = BackupService.from_store(store, ZONE)
    assert service.second_folder == stick
    done = service.back_up_now(START)
    assert done.made is not None
    assert done.second_copy == stick / done.made.path.name
    assert done.second_copy.read_bytes() == done.made.path.read_bytes()
    assert done.second_problem is None
    assert [p.name for p in stick.iterdir()] == [done.made.path.name]


def test_a_missing_second_folder_is_said_plainly_and_the_backup_is_still_made(
    store: Store, item: int, tmp_path: Path
) -> None:
    stick = tmp_path / "unplugged"
    service = BackupService(store.path, ZONE, second_folder=stick)
    done = service.back_up_now(START)
    assert done.made is not None
    assert done.made.path.exists()
    assert done.second_copy is None
    assert done.second_problem is not None
    assert str(stick) in done.second_problem
    assert "USB stick" in done.second_problem


def test_the_list_shows_a_damaged_backup_as_unusable(store: Store, item: int) -> None:
    service = BackupService(store.path, ZONE)
    good = service.back_up_now(START).made
    tick(store, item, START.date())
    bad = service.back_up_now(START + timedelta(days=1)).made
    assert good is not None
    assert bad is not None
    bad.path.write_bytes(b"\0" * 8192)
    newest, oldest = service.list()
    assert (newest.file.path, newest.info, newest.problem) == (
        bad.path,
        None,
        BackupProblem.DAMAGED,
    )
    assert oldest.info is not None
    assert oldest.problem is None
    last = service.last_backup()
    assert last is not None
    assert last.path == bad.path


def test_restore_through_the_service(tmp_path: Path) -> None:
    path = tmp_path / "data" / "planner.db"
    store = Store.open(path)
    store.items.add(Item("Walk", Schedule.daily()), today=START.date(), now=START)
    service = BackupService(path, ZONE)
    made = service.back_up_now(START).made
    assert made is not None
    store.items.add(Item("Tea", Schedule.daily()), today=START.date(), now=START)
    store.close()
    info = service.check(made.path)
    assert info.checkoffs == 0
    done = service.restore(made.path, START + timedelta(hours=1))
    assert done.before is not None
    reopened = Store.open(path)
    try:
        assert [i.title for i in reopened.items.active()] == ["Walk"]
    finally:
        reopened.close()
    kinds = [entry.file.reason for entry in service.list()]
    assert kinds == ["before-restore", "by-you"]


def test_a_backup_runs_on_a_worker_while_the_app_keeps_saving(
    qtbot, store: Store, item: int
) -> None:
    service = BackupService(store.path, ZONE)
    threads: list[int] = []
    runner: TaskRunner[None] = TaskRunner(lambda: None)

    def work(_reader: None):
        threads.append(threading.get_ident())
        return service.back_up_now(START)

    try:
        task = runner.run(work, name="backup")
        tick(store, item, START.date())  # the GUI thread writes meanwhile
        with qtbot.waitSignal(task.finished, timeout=10_000) as done:
            pass
    finally:
        assert runner.shutdown(10_000)
    assert threads != [threading.get_ident()]
    made = done.args[0].made
    assert made is not None
    info = service.check(made.path)
    assert info.checkoffs in (0, 1)  # before or after the write, never half of it


def test_every_problem_has_a_plain_sentence(tmp_path: Path) -> None:
    where = tmp_path / "backup.db"
    for problem in BackupProblem:
        text = problem_text(BackupError(problem, where))
        assert str(where) in text
        assert "Error" not in text
        assert len(text) < 200
