"""Every setting is declared once: a default when unset or unreadable, a round trip
through its text, cleaning before saving, and one change record per save."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from planner.domain.reminder_rules import QuietHours
from planner.services import settings as declared
from planner.services.changes import Area, ChangeBus, Changes
from planner.services.settings import (
    ALL,
    CARE_PHONE,
    CHECKIN_TIME,
    QUIET_HOURS,
    REMINDERS_SINCE,
    RESUME_ON,
    SCREENS_ON,
    Settings,
    read_setting,
)
from planner.storage.store import Store

VALUES = {
    QUIET_HOURS.key: [QuietHours(time(21, 30), time(6, 45)), None],
    RESUME_ON.key: [date(2026, 12, 24), None],
    REMINDERS_SINCE.key: [datetime(2026, 12, 1, 8, 30, tzinfo=UTC), None],
    CHECKIN_TIME.key: [time(19, 15), None],
    SCREENS_ON.key: [False, True],
    CARE_PHONE.key: ["555 0100", ""],
}


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "planner.db")
    yield opened
    opened.close()


def test_keys_are_unique_and_every_module_constant_is_listed():
    keys = [s.key for s in ALL]
    assert len(keys) == len(set(keys))
    constants = [v for v in vars(declared).values() if isinstance(v, declared.Setting)]
    assert {s.key for s in constants} == set(keys)


@pytest.mark.parametrize("setting", ALL, ids=lambda s: s.key)
def test_an_unset_setting_reads_as_its_default(store, setting):
    assert read_setting(store, setting) == setting.default


@pytest.mark.parametrize("setting", ALL, ids=lambda s: s.key)
def test_every_value_survives_a_round_trip(store, setting):
    for value in VALUES.get(setting.key, [setting.default]):
        Settings(store).set(setting, value)
        assert read_setting(store, setting) == value


@pytest.mark.parametrize(
    ("setting", "text"),
    [
        (QUIET_HOURS, "25:00-07:00"),
        (CHECKIN_TIME, "9 pm"),
        (RESUME_ON, "tomorrow"),
        (REMINDERS_SINCE, "soon"),
        (SCREENS_ON, "maybe"),
    ],
    ids=lambda x: getattr(x, "key", x),
)
def test_text_that_cannot_be_read_gives_the_default_not_an_error(store, setting, text):
    store.settings.set(setting.key, text)
    assert read_setting(store, setting) == setting.default


def test_one_line_settings_are_cleaned_and_capped_before_saving(store):
    Settings(store).set(CARE_PHONE, "  555\t0100\r\n ext. 12 " + "9" * 200)
    saved = read_setting(store, CARE_PHONE)
    assert saved.startswith("555 0100 ext. 12 999")
    assert len(saved) == 80


def test_each_save_announces_its_key_and_who_asked(store, qapp):
    bus = ChangeBus()
    seen: list[Changes] = []
    bus.changed.connect(seen.append)
    asker = object()
    Settings(store, bus).set(CHECKIN_TIME, time(21, 0), origin=asker)
    assert seen == [Changes.of_settings([CHECKIN_TIME.key], origin=asker)]
    (change,) = seen
    assert change.touches(Area.SETTINGS)
    assert change.touches_setting(CHECKIN_TIME)
    assert not change.touches_setting(QUIET_HOURS)
    assert not change.touches(Area.JOURNAL)
