"""Which backups are kept (7 daily, 4 weekly, 3 safety copies per reason) and when one is due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.backups import (
    DAILY_KEPT,
    SAFETY_KEPT,
    WEEKLY_KEPT,
    BackupStamp,
    backup_due,
    backups_to_delete,
    backups_to_keep,
)

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 2, 10, 15, tzinfo=UTC)  # a Wednesday, 11:15 in Berlin
REASONS = ("before-import", "before-v8", "before-restore")


def daily(at: datetime) -> BackupStamp:
    return BackupStamp(f"planner-{at:%Y%m%dT%H%M%S}Z.db", at)


def safety(at: datetime, reason: str) -> BackupStamp:
    return BackupStamp(f"planner-{at:%Y%m%dT%H%M%S}Z-{reason}.db", at, reason)


def test_one_backup_a_day_for_sixty_days_keeps_seven_days_and_four_weeks() -> None:
    backups = [daily(NOW - timedelta(days=n)) for n in range(60)]
    kept = backups_to_keep(backups, NOW, ZONE)
    assert len(kept) == DAILY_KEPT + WEEKLY_KEPT
    for n in range(7):
        assert daily(NOW - timedelta(days=n)).name in kept
    older = sorted(
        (b for b in backups if b.name in kept and b.at < NOW - timedelta(days=6)),
        key=lambda b: b.at,
    )
    weeks = [b.at.astimezone(ZONE).isocalendar()[:2] for b in older]
    assert len(set(weeks)) == WEEKLY_KEPT  # one a week
    assert min(b.at for b in older) > NOW - timedelta(days=7 + 5 * 7)


def test_the_newest_of_a_day_is_the_one_kept() -> None:
    morning, evening = NOW - timedelta(hours=3), NOW
    kept = backups_to_keep([daily(morning), daily(evening)], NOW, ZONE)
    assert kept == {daily(evening).name}


def test_days_follow_the_local_clock() -> None:
    # 23:30 UTC on 1 December is already 2 December in Berlin: the same day as NOW.
    late = datetime(2026, 12, 1, 23, 30, tzinfo=UTC)
    kept = backups_to_keep([daily(late), daily(NOW)], NOW, ZONE)
    assert kept == {daily(NOW).name}
    assert backups_to_keep([daily(late), daily(NOW)], NOW, UTC) == {
        daily(late).name,
        daily(NOW).name,
    }


def test_days_without_a_backup_do_not_use_up_the_seven() -> None:
    # A laptop left shut: backups a month apart are all kept as "daily" ones.
    backups = [daily(NOW - timedelta(days=30 * n)) for n in range(7)]
    assert backups_to_keep(backups, NOW, ZONE) == {b.name for b in backups}


def test_safety_copies_keep_the_newest_three_of_each_reason() -> None:
    copies = [safety(NOW - timedelta(hours=n), r) for r in REASONS for n in range(5)]
    kept = backups_to_keep([*copies, daily(NOW)], NOW, ZONE)
    for reason in REASONS:
        mine = sorted((c for c in copies if c.reason == reason), key=lambda c: c.at)
        assert {c.name for c in mine[-SAFETY_KEPT:]} <= kept
        assert not {c.name for c in mine[:-SAFETY_KEPT]} & kept
    assert daily(NOW).name in kept  # safety copies never crowd out the daily ones


def test_backups_dated_after_now_are_kept_and_do_not_crowd_out_new_ones() -> None:
    future = [daily(NOW + timedelta(days=400 + n)) for n in range(10)]
    kept = backups_to_keep([*future, daily(NOW)], NOW, ZONE)
    assert daily(NOW).name in kept
    assert {b.name for b in future} <= kept


def test_what_is_deleted_is_everything_not_kept_oldest_first() -> None:
    backups = [daily(NOW - timedelta(days=n)) for n in range(100)]
    gone = backups_to_delete(backups, NOW, ZONE)
    kept = backups_to_keep(backups, NOW, ZONE)
    assert {b.name for b in gone} == {b.name for b in backups} - kept
    assert [b.at for b in gone] == sorted(b.at for b in gone)


# --- properties -------------------------------------------------------------------------

moments = st.integers(min_value=0, max_value=120 * 24 * 60).map(
    lambda minutes: NOW - timedelta(minutes=minutes)
)
stamps = st.builds(
    lambda at, reason, n: BackupStamp(f"b{n}-{at.isoformat()}-{reason}", at, reason),
    moments,
    st.sampled_from([None, None, None, *REASONS]),
    st.integers(0, 3),
)
zones = st.sampled_from([UTC, ZONE, ZoneInfo("America/New_York"), ZoneInfo("Asia/Kolkata")])


def unique(backups: list[BackupStamp]) -> list[BackupStamp]:
    return list({b.name: b for b in backups}.values())


@given(st.lists(stamps, min_size=1, max_size=80).map(unique), zones)
def test_the_newest_backup_is_never_deleted(backups: list[BackupStamp], zone: ZoneInfo) -> None:
    newest = max(backups, key=lambda b: (b.at, b.name))
    assert newest.name in backups_to_keep(backups, NOW, zone)
    automatic = [b for b in backups if b.automatic]
    if automatic:
        newest_auto = max(automatic, key=lambda b: (b.at, b.name))
        assert newest_auto.name in backups_to_keep(backups, NOW, zone)


@given(st.lists(stamps, max_size=80).map(unique), zones)
def test_keeping_twice_keeps_the_same(backups: list[BackupStamp], zone: ZoneInfo) -> None:
    kept = backups_to_keep(backups, NOW, zone)
    again = backups_to_keep([b for b in backups if b.name in kept], NOW, zone)
    assert again == kept


@given(st.lists(stamps, max_size=80).map(unique), zones)
def test_never_more_than_seven_and_four_automatic_nor_three_per_reason(
    backups: list[BackupStamp], zone: ZoneInfo
) -> None:
    kept = backups_to_keep(backups, NOW, zone)
    assert kept <= {b.name for b in backups}
    automatic = [b for b in backups if b.automatic and b.name in kept]
    assert len(automatic) <= DAILY_KEPT + WEEKLY_KEPT
    assert len({b.at.astimezone(zone).date() for b in automatic}) == len(automatic)
    for reason in REASONS:
        assert len([b for b in backups if b.reason == reason and b.name in kept]) <= SAFETY_KEPT


@given(st.lists(stamps, max_size=60).map(unique), zones, st.integers(0, 40))
def test_a_kept_backup_stays_kept_as_newer_ones_arrive_within_the_week(
    backups: list[BackupStamp], zone: ZoneInfo, hours: int
) -> None:
    # A newer backup on another day may push an old one out, but the newest stays.
    newer = daily(NOW + timedelta(hours=hours))
    later = NOW + timedelta(hours=hours)
    kept = backups_to_keep([*backups, newer], later, zone)
    assert newer.name in kept


# --- when a backup is due ---------------------------------------------------------------


def test_a_backup_is_due_at_start_and_when_none_was_tried_yet() -> None:
    assert backup_due(NOW, ZONE, None)
    assert backup_due(NOW, ZONE, NOW, at_start=True)


def test_a_backup_is_due_once_a_local_day() -> None:
    assert not backup_due(NOW, ZONE, NOW - timedelta(hours=2))
    late_evening = datetime(2026, 12, 1, 22, 50, tzinfo=UTC)  # 23:50 in Berlin
    just_after_midnight = datetime(2026, 12, 1, 23, 5, tzinfo=UTC)  # 00:05 on the 2nd
    assert backup_due(just_after_midnight, ZONE, late_evening)
    assert not backup_due(just_after_midnight, UTC, late_evening)  # same day in UTC


def test_a_clock_set_back_does_not_stop_backups() -> None:
    assert backup_due(NOW, ZONE, NOW + timedelta(days=30))


def test_of_two_backups_in_one_second_the_numbered_later_one_is_kept() -> None:
    from planner.domain.backups import BackupStamp, backups_to_keep

    at = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    first = BackupStamp("planner-20261201T090000Z.db", at)
    second = BackupStamp("planner-20261201T090000Z-2.db", at, number=2)
    tenth = BackupStamp("planner-20261201T090000Z-10.db", at, number=10)
    assert backups_to_keep([first, second], at, UTC) == {second.name}
    assert backups_to_keep([first, second, tenth], at, UTC) == {tenth.name}
