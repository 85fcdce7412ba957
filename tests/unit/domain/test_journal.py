"""Check-ins, checkups, the periods between them and the phases around them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.journal import (
    MAX_NOTE_LENGTH,
    MAX_TAGS,
    PHASE_SPAN,
    Checkup,
    CheckupKind,
    JournalEntry,
    JournalError,
    JournalFilter,
    JournalProblem,
    Mood,
    Phase,
    PhaseMap,
    SleepQuality,
    average,
    clean_tag,
    clean_tags,
    group_by_period,
    next_checkup,
    period_bounds,
    phase_of,
    waiting_spans,
    worry_by_phase,
)

NEW_YORK = "America/New_York"
NY = ZoneInfo(NEW_YORK)


def local(*args: int) -> datetime:
    """A wall-clock moment in New York."""
    return datetime(*args, tzinfo=NY)


def entry(at: datetime, *, mood: int = 3, worry: int = 0, entry_id: int | None = None):
    """A check-in made at ``at`` in New York, on that local day."""
    return JournalEntry(Mood(mood), worry, at.astimezone(NY).date(), at, NEW_YORK, id=entry_id)


def checkup(day: date, at: time | None = None, *, kind=CheckupKind.BLOOD_TEST, results=None):
    return Checkup(day, kind, NEW_YORK, at=at, results_on=results)


# --- Check-ins and tags ------------------------------------------------------


def test_export_labels_and_codes_are_stable_data():
    assert [m.export_label for m in Mood] == ["Awful", "Bad", "Okay", "Good", "Great"]
    assert [q.export_label for q in SleepQuality] == ["Poorly", "Okay", "Well"]
    assert [k.value for k in CheckupKind] == ["oncologist", "blood_test", "scan", "other"]


@pytest.mark.parametrize(
    ("changes", "problem", "limit"),
    [
        ({"worry": 11}, JournalProblem.WORRY_OUT_OF_RANGE, 10),
        ({"worry": -1}, JournalProblem.WORRY_OUT_OF_RANGE, 10),
        ({"energy": 11}, JournalProblem.ENERGY_OUT_OF_RANGE, 10),
        ({"sleep_hours": 24.5}, JournalProblem.SLEEP_OUT_OF_RANGE, 24),
        ({"sleep_hours": -0.5}, JournalProblem.SLEEP_OUT_OF_RANGE, 24),
        ({"note": "x" * (MAX_NOTE_LENGTH + 1)}, JournalProblem.NOTE_TOO_LONG, 20_000),
        ({"tags": tuple(f"t{i}" for i in range(MAX_TAGS + 1))}, JournalProblem.TOO_MANY_TAGS, 12),
    ],
)
def test_values_outside_the_scales_are_refused_with_a_code_and_the_limit(changes, problem, limit):
    values = {"mood": Mood.OKAY, "worry": 5, "day": date(2026, 5, 1)}
    values |= {"at": local(2026, 5, 1, 20), "zone": NEW_YORK} | changes
    with pytest.raises(JournalError) as refused:
        JournalEntry(**values)
    assert (refused.value.problem, refused.value.limit) == (problem, limit)


def test_the_edges_of_the_scales_are_allowed():
    made = JournalEntry(
        Mood.AWFUL,
        10,
        date(2026, 5, 1),
        local(2026, 5, 1, 20),
        NEW_YORK,
        energy=0,
        sleep_hours=24,
        note="x" * MAX_NOTE_LENGTH,
        tags=tuple(f"t{i}" for i in range(MAX_TAGS)),
    )
    assert made.worry == 10


def test_a_check_in_needs_an_aware_time():
    with pytest.raises(ValueError, match="aware"):
        JournalEntry(Mood.OKAY, 1, date(2026, 5, 1), datetime(2026, 5, 1, 20), NEW_YORK)


def test_tags_are_trimmed_lower_case_without_commas_or_repeats():
    assert clean_tag("  Waiting   for\tResults ") == "waiting for results"
    assert clean_tag("pain,tired") == "pain tired"
    assert clean_tags(["Tired", "", "  ", "tired", "Good day", "PAIN"]) == (
        "tired",
        "good day",
        "pain",
    )
    with pytest.raises(JournalError) as refused:
        clean_tag("x" * 41)
    assert (refused.value.problem, refused.value.limit) == (JournalProblem.TAG_TOO_LONG, 40)


def test_a_tag_of_exactly_forty_characters_is_kept():
    assert clean_tag("y" * 40) == "y" * 40


# --- Checkups ---------------------------------------------------------------


def test_a_checkup_without_a_time_starts_at_local_midnight():
    scan = checkup(date(2026, 9, 3))
    assert scan.starts() == datetime(2026, 9, 3, 4, 0, tzinfo=UTC)  # EDT is UTC-4


def test_a_checkup_with_a_time_starts_then_and_waiting_ends_at_the_end_of_the_results_day():
    scan = checkup(date(2026, 12, 3), time(9, 30), results=date(2026, 12, 10))
    assert scan.starts() == datetime(2026, 12, 3, 14, 30, tzinfo=UTC)  # EST is UTC-5
    assert scan.results_end() == datetime(2026, 12, 11, 5, 0, tzinfo=UTC)
    assert checkup(date(2026, 12, 3)).results_end() is None


def test_results_before_the_checkup_are_refused():
    with pytest.raises(JournalError) as refused:
        checkup(date(2026, 9, 3), results=date(2026, 9, 2))
    assert refused.value.problem is JournalProblem.RESULTS_BEFORE_CHECKUP
    assert checkup(date(2026, 9, 3), results=date(2026, 9, 3)).results_on == date(2026, 9, 3)


def test_a_long_place_is_refused():
    with pytest.raises(JournalError) as refused:
        Checkup(date(2026, 9, 3), CheckupKind.SCAN, NEW_YORK, place="p" * 201)
    assert (refused.value.problem, refused.value.limit) == (JournalProblem.PLACE_TOO_LONG, 200)


def test_next_checkup_is_the_first_on_or_after_today():
    early = checkup(date(2026, 9, 3))
    later = checkup(date(2026, 12, 1), time(8, 0), kind=CheckupKind.SCAN)
    same_day_later = checkup(date(2026, 12, 1), time(15, 0))
    checkups = [same_day_later, later, early]
    assert next_checkup(checkups, date(2026, 9, 3)) == early  # today counts
    assert next_checkup(checkups, date(2026, 9, 4)) == later  # earlier time first
    assert next_checkup(checkups, date(2026, 12, 2)) is None
    assert next_checkup([], date(2026, 12, 2)) is None


def test_days_until_a_checkup():
    scan = checkup(date(2026, 12, 3), time(9, 30), kind=CheckupKind.SCAN)
    assert [scan.days_until(date(2026, 12, d)) for d in (3, 2, 1, 4)] == [0, 1, 2, -1]
    assert date(2026, 11, 21) + timedelta(days=scan.days_until(date(2026, 11, 21))) == scan.day


# --- Periods between checkups ----------------------------------------------

BLOOD = checkup(date(2026, 9, 3), time(10, 0))  # 14:00 UTC
SCAN = checkup(date(2026, 12, 1), kind=CheckupKind.SCAN)  # starts 05:00 UTC
NOW = local(2026, 12, 5, 12)


_NAMES = {BLOOD: "blood test", SCAN: "scan"}


def between(period) -> str:
    """The period as the checkups around it: "since scan", "blood test to scan", "before
    blood test", or "all" when there are none (the screens word it; see journal_words)."""
    opened, closed = period.opened_by, period.closed_by
    if opened is None and closed is None:
        return "all"
    if opened is None:
        return f"before {_NAMES[closed]}"
    if closed is None:
        return f"since {_NAMES[opened]}"
    return f"{_NAMES[opened]} to {_NAMES[closed]}"


def test_with_no_checkups_there_is_one_open_period():
    (only,) = period_bounds([], NOW)
    assert (only.start, only.end, only.opened_by, only.closed_by) == (None, None, None, None)
    assert between(only) == "all"


def test_periods_newest_first():
    periods = period_bounds([SCAN, BLOOD], NOW)
    assert [between(p) for p in periods] == [
        "since scan",
        "blood test to scan",
        "before blood test",
    ]
    assert periods[0].start == SCAN.starts()
    assert periods[0].end is None
    assert periods[1].start == BLOOD.starts()
    assert periods[1].end == SCAN.starts()
    assert periods[2].start is None


def test_checkups_that_have_not_begun_do_not_cut_periods():
    before_scan = local(2026, 11, 30, 23, 59)
    assert [between(p) for p in period_bounds([SCAN, BLOOD], before_scan)] == [
        "since blood test",
        "before blood test",
    ]
    # On the checkup's day, before its clock time, it has not begun yet.
    assert [between(p) for p in period_bounds([BLOOD], local(2026, 9, 3, 9, 59))] == ["all"]
    assert between(period_bounds([BLOOD], BLOOD.starts())[0]) == "since blood test"


def periods_of(entries, checkups, now=NOW):
    """{entry id: the period it lands in, as ``between`` says it}."""
    return {
        e.id: between(period)
        for period in group_by_period(entries, checkups, now)
        for e in period.entries
    }


def test_check_ins_on_the_checkup_day_split_at_its_clock_time():
    morning = entry(local(2026, 9, 3, 9, 59), entry_id=1)
    at_start = entry(local(2026, 9, 3, 10, 0), entry_id=2)
    evening = entry(local(2026, 9, 3, 20, 0), entry_id=3)
    assert periods_of([morning, at_start, evening], [BLOOD]) == {
        1: "before blood test",
        2: "since blood test",
        3: "since blood test",
    }


def test_a_checkup_without_a_time_takes_the_whole_day():
    night_before = entry(local(2026, 11, 30, 23, 30), entry_id=1)
    just_after_midnight = entry(local(2026, 12, 1, 0, 30), entry_id=2)
    assert periods_of([night_before, just_after_midnight], [SCAN]) == {
        1: "before scan",
        2: "since scan",
    }


def test_empty_periods_are_left_out_and_entries_are_newest_first():
    a = entry(local(2026, 8, 1, 20), entry_id=1)
    b = entry(local(2026, 12, 2, 20), entry_id=2)
    c = entry(local(2026, 12, 2, 20), entry_id=3)  # same moment: the larger id first
    d = entry(local(2026, 12, 4, 8), entry_id=4)
    periods = group_by_period([a, b, c, d], [BLOOD, SCAN], NOW)
    assert [between(p) for p in periods] == ["since scan", "before blood test"]
    assert [e.id for e in periods[0].entries] == [4, 3, 2]
    assert [e.id for e in periods[1].entries] == [1]


def test_one_entry_and_no_checkups():
    (period,) = group_by_period([entry(local(2026, 5, 1, 20), entry_id=7)], [], NOW)
    assert between(period) == "all"
    assert [e.id for e in period.entries] == [7]
    assert group_by_period([], [BLOOD], NOW) == []


def test_averages():
    assert average([]) is None
    assert average([None, None]) is None
    assert average([2, None, 4]) == 3


# --- Phases around checkups ------------------------------------------------

# A scan on Thursday 4 June 2026, 09:00 in New York (13:00 UTC), results on 9 June.
PHASED = checkup(date(2026, 6, 4), time(9, 0), kind=CheckupKind.SCAN, results=date(2026, 6, 9))


@pytest.mark.parametrize(
    ("moment", "phase"),
    [
        (local(2026, 5, 21, 9, 0) - timedelta(microseconds=1), Phase.BETWEEN),
        (local(2026, 5, 21, 9, 0), Phase.BEFORE),  # exactly 14 days before
        (local(2026, 6, 4, 8, 59), Phase.BEFORE),
        (local(2026, 6, 4, 9, 0), Phase.WAITING),
        (local(2026, 6, 9, 23, 59), Phase.WAITING),  # all of the results day
        (local(2026, 6, 10, 0, 0), Phase.AFTER),
        (local(2026, 6, 23, 23, 59), Phase.AFTER),
        (local(2026, 6, 24, 0, 0), Phase.BETWEEN),  # 14 days after the results day
    ],
)
def test_phases_around_one_checkup(moment, phase):
    assert phase_of(moment, [PHASED]) is phase


def test_without_a_results_date_there_is_no_waiting_and_after_starts_at_the_checkup():
    plain = checkup(date(2026, 6, 4), time(9, 0))
    assert phase_of(local(2026, 6, 4, 8, 59), [plain]) is Phase.BEFORE
    assert phase_of(local(2026, 6, 4, 9, 0), [plain]) is Phase.AFTER
    assert phase_of(local(2026, 6, 18, 23, 59), [plain]) is Phase.AFTER
    assert phase_of(local(2026, 6, 19, 0, 0), [plain]) is Phase.BETWEEN
    assert waiting_spans([plain]) == []


def test_without_checkups_everything_is_between():
    assert phase_of(local(2026, 6, 4, 9, 0), []) is Phase.BETWEEN


def test_waiting_wins_over_before():
    # Still waiting for the scan's results when the next checkup is a few days away.
    slow = checkup(date(2026, 6, 4), time(9, 0), kind=CheckupKind.SCAN, results=date(2026, 6, 20))
    next_visit = checkup(date(2026, 6, 12), kind=CheckupKind.ONCOLOGIST)
    assert phase_of(local(2026, 6, 10, 12, 0), [slow, next_visit]) is Phase.WAITING


def test_before_wins_over_after():
    # Two days after the results the next checkup is less than 14 days away.
    next_visit = checkup(date(2026, 6, 20), kind=CheckupKind.ONCOLOGIST)
    assert phase_of(local(2026, 6, 11, 12, 0), [PHASED]) is Phase.AFTER
    assert phase_of(local(2026, 6, 11, 12, 0), [PHASED, next_visit]) is Phase.BEFORE


def test_waiting_spans_in_checkup_order():
    later = checkup(date(2026, 8, 1), results=date(2026, 8, 3))
    assert waiting_spans([later, PHASED, checkup(date(2026, 7, 1))]) == [
        (PHASED.starts(), PHASED.results_end()),
        (later.starts(), later.results_end()),
    ]


def test_worry_by_phase_averages_each_phase_that_has_check_ins():
    entries = [
        entry(local(2026, 5, 30, 20), worry=6),  # before
        entry(local(2026, 6, 2, 20), worry=8),  # before
        entry(local(2026, 6, 6, 20), worry=9),  # waiting
        entry(local(2026, 8, 1, 20), worry=2),  # between
    ]
    assert worry_by_phase(entries, [PHASED]) == {
        Phase.BEFORE: (7.0, 2),
        Phase.WAITING: (9.0, 1),
        Phase.BETWEEN: (2.0, 1),
    }
    assert worry_by_phase([], [PHASED]) == {}
    assert worry_by_phase(entries[:1], []) == {Phase.BETWEEN: (6.0, 1)}


def reference_phase(moment: datetime, checkups: list[Checkup]) -> Phase:
    """The phase rules applied one checkup at a time, with no cleverness."""
    found = []
    for c in checkups:
        start, results_end = c.starts(), c.results_end()
        day_end = datetime.combine(c.day + timedelta(days=1), time(0), ZoneInfo(c.zone))
        if results_end is not None and start <= moment < results_end:
            found.append(Phase.WAITING)
        if start - PHASE_SPAN <= moment < start:
            found.append(Phase.BEFORE)
        after_from = results_end or start
        if after_from <= moment < (results_end or day_end) + PHASE_SPAN:
            found.append(Phase.AFTER)
    for phase in (Phase.WAITING, Phase.BEFORE, Phase.AFTER):
        if phase in found:
            return phase
    return Phase.BETWEEN


checkups_strategy = st.builds(
    lambda offset, at, wait, zone, kind: Checkup(
        date(2026, 1, 1) + timedelta(days=offset),
        kind,
        zone,
        at=at,
        results_on=None if wait is None else date(2026, 1, 1) + timedelta(days=offset + wait),
    ),
    offset=st.integers(0, 200),
    at=st.none() | st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
    wait=st.none() | st.integers(0, 25),
    zone=st.sampled_from([NEW_YORK, "Europe/Berlin", "UTC", "Asia/Kolkata"]),
    kind=st.sampled_from(list(CheckupKind)),
)


@given(checkups=st.lists(checkups_strategy, max_size=6), data=st.data())
def test_phase_map_agrees_with_the_slow_reference(checkups, data):
    edges = [
        moment
        for c in checkups
        for moment in (c.starts(), c.starts() - PHASE_SPAN, c.results_end())
        if moment is not None
    ]
    moments = data.draw(
        st.lists(
            st.datetimes(datetime(2025, 12, 1), datetime(2026, 9, 30), timezones=st.just(UTC))
            | (
                st.sampled_from(edges).flatmap(
                    lambda m: st.sampled_from([m, m - timedelta(microseconds=1)])
                )
                if edges
                else st.nothing()
            ),
            min_size=1,
            max_size=20,
        )
    )
    phases = PhaseMap(checkups)
    for moment in moments:
        assert phases.phase_of(moment) is reference_phase(moment, checkups), moment


@given(
    checkups=st.lists(checkups_strategy, max_size=5),
    moments=st.lists(
        st.datetimes(datetime(2025, 12, 1), datetime(2026, 9, 30), timezones=st.just(UTC)),
        max_size=10,
    ),
    now=st.datetimes(datetime(2026, 1, 1), datetime(2026, 9, 30), timezones=st.just(UTC)),
)
def test_every_check_in_lands_in_exactly_one_period_that_holds_it(checkups, moments, now):
    entries = [entry(m, entry_id=i + 1) for i, m in enumerate(moments)]
    periods = group_by_period(entries, checkups, now)
    placed = [e.id for p in periods for e in p.entries]
    assert sorted(placed) == [e.id for e in entries]
    for period in periods:
        for e in period.entries:
            assert period.start is None or period.start <= e.at
            # The newest period is open at its end; the others end at the next checkup.
            assert period.end is None or e.at < period.end


# --- Finding check-ins -----------------------------------------------------


def test_a_default_filter_is_not_active():
    assert not JournalFilter().active
    assert JournalFilter(tag="pain").active
    assert JournalFilter(worry_min=3).active
    assert JournalFilter(moods=frozenset({Mood.BAD})).active


def test_search_words_become_prefix_terms_and_quotes_cannot_break_the_query():
    assert JournalFilter(text="  walk  Park ").search_query() == '"walk"* "Park"*'
    assert JournalFilter(text='say "hi').search_query() == '"say"* "hi"*'
    assert JournalFilter(text='"').search_query() == ""
    assert JournalFilter().search_query() == ""
