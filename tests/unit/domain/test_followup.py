"""Follow-up schedules: months counted from the anchor, guideline phases, rebasing, the
planned checkups kept in step with the schedules, and the "book it" days."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from planner.domain.followup import (
    MAX_EVERY_MONTHS,
    MAX_PHASE_MONTHS,
    MAX_PHASES,
    OPEN_END_MONTHS,
    PLAN_AHEAD,
    Anchor,
    DueVisit,
    ExistingSlot,
    FollowupError,
    FollowupProblem,
    FollowupSchedule,
    Phase,
    PlanChanges,
    Rebase,
    add_months,
    book_reminder_days,
    check_rebases,
    due_visits,
    plan_changes,
    visit_months,
)
from planner.domain.journal import CheckupKind

#: "Every 3 months for 2 years, then every 6 months until year 5, then yearly."
GUIDELINE = (Phase(3, 24), Phase(6, 36), Phase(12, None))
ANCHOR = date(2026, 1, 31)


def schedule(*phases: Phase, sid: int | None = 1, **kw: object) -> FollowupSchedule:
    return FollowupSchedule(CheckupKind.ONCOLOGIST, "Oncologist", phases, id=sid, **kw)


def months_later(day: date, months: int) -> date:
    """An oracle for ``add_months``: walk month by month, then clamp to the month's end."""
    year, month = day.year, day.month
    for _ in range(abs(months)):
        month += 1 if months > 0 else -1
        if month == 13:
            year, month = year + 1, 1
        if month == 0:
            year, month = year - 1, 12
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    last = (first_of_next - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


# --- add_months ----------------------------------------------------------------


@given(st.dates(date(1900, 1, 1), date(2400, 12, 31)), st.integers(-1200, 1200))
def test_add_months_is_the_same_day_or_the_months_last_day(day: date, months: int) -> None:
    assert add_months(day, months) == months_later(day, months)


def test_from_the_31st_of_january_every_month_lands_on_its_last_day_or_the_31st() -> None:
    found = [add_months(ANCHOR, k) for k in range(1, 7)]
    assert found == [
        date(2026, 2, 28),
        date(2026, 3, 31),  # no drift: counted from the anchor, not from 28 February
        date(2026, 4, 30),
        date(2026, 5, 31),
        date(2026, 6, 30),
        date(2026, 7, 31),
    ]
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)  # a leap year


def test_29_february_plus_a_year_is_28_february_and_back_on_29_in_a_leap_year() -> None:
    leap = date(2028, 2, 29)
    assert add_months(leap, 12) == date(2029, 2, 28)
    assert add_months(leap, 48) == date(2032, 2, 29)
    assert add_months(leap, 0) == leap


def test_monthly_visits_from_31_january_do_not_drift() -> None:
    visits = due_visits(schedule(Phase(1, 12)), ANCHOR)
    assert [v.on for v in visits][:4] == [
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]
    assert visits[-1] == DueVisit(12, date(2027, 1, 31))


# --- Phases and visits ------------------------------------------------------------


def test_the_guideline_schedule_has_8_then_6_then_yearly_visits() -> None:
    months = list(visit_months(GUIDELINE))
    assert months[:8] == [3, 6, 9, 12, 15, 18, 21, 24]
    assert months[8:14] == [30, 36, 42, 48, 54, 60]
    assert months[14:] == list(range(72, OPEN_END_MONTHS + 1, 12))
    visits = due_visits(schedule(*GUIDELINE), date(2026, 3, 15))
    assert [v.number for v in visits] == list(range(1, len(months) + 1))
    assert visits[0] == DueVisit(1, date(2026, 6, 15))
    assert visits[7] == DueVisit(8, date(2028, 3, 15))  # two years on
    assert visits[13] == DueVisit(14, date(2031, 3, 15))  # year 5
    assert visits[14] == DueVisit(15, date(2032, 3, 15))  # then yearly
    assert visits[-1].on == date(2046, 3, 15)  # the open phase ends by OPEN_END_MONTHS


def test_a_phase_that_is_not_a_whole_number_of_steps_ends_at_its_last_step() -> None:
    # Every 5 months for 12 months: 5 and 10; the next phase counts from month 12.
    assert list(visit_months((Phase(5, 12), Phase(6, 12)))) == [5, 10, 18, 24]


def test_a_long_finite_schedule_ends_by_the_open_end_too() -> None:
    months = list(visit_months((Phase(12, 120), Phase(24, MAX_PHASE_MONTHS))))
    assert months[-1] <= OPEN_END_MONTHS
    assert months == [*range(12, 121, 12), *range(144, OPEN_END_MONTHS + 1, 24)]


@pytest.mark.parametrize(
    ("phases", "problem", "values"),
    [
        ((), FollowupProblem.NO_PHASES, ()),
        ((Phase(3, 0),), FollowupProblem.LENGTH_OUT_OF_RANGE, (1, MAX_PHASE_MONTHS)),
        ((Phase(3, 12), Phase(6, 0)), FollowupProblem.LENGTH_OUT_OF_RANGE, (2, MAX_PHASE_MONTHS)),
        ((Phase(0, 12),), FollowupProblem.EVERY_OUT_OF_RANGE, (1, MAX_EVERY_MONTHS)),
        ((Phase(3, 12), Phase(0, None)), FollowupProblem.EVERY_OUT_OF_RANGE, (2, MAX_EVERY_MONTHS)),
        ((Phase(MAX_EVERY_MONTHS + 1, 120),), FollowupProblem.EVERY_OUT_OF_RANGE, (1, 60)),
        ((Phase(3, MAX_PHASE_MONTHS + 1),), FollowupProblem.LENGTH_OUT_OF_RANGE, (1, 600)),
        ((Phase(3, None), Phase(6, 12)), FollowupProblem.OPEN_PHASE_NOT_LAST, (1,)),
        ((Phase(3, 12),) * (MAX_PHASES + 1), FollowupProblem.TOO_MANY_PHASES, (MAX_PHASES,)),
    ],
)
def test_phases_that_cannot_be_planned_are_refused_with_a_code(
    phases: tuple[Phase, ...], problem: FollowupProblem, values: tuple[object, ...]
) -> None:
    with pytest.raises(FollowupError) as raised:
        list(visit_months(phases))
    assert (raised.value.problem, raised.value.values) == (problem, values)
    with pytest.raises(FollowupError) as again:
        schedule(*phases)  # a schedule cannot even be made of them
    assert again.value.problem is problem


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"title": "  "}, FollowupProblem.NO_TITLE),
        ({"title": "x" * 81}, FollowupProblem.TITLE_TOO_LONG),
        ({"source": "x" * 301}, FollowupProblem.SOURCE_TOO_LONG),
        ({"lead_days": -1}, FollowupProblem.LEAD_OUT_OF_RANGE),
        ({"lead_days": 121}, FollowupProblem.LEAD_OUT_OF_RANGE),
    ],
)
def test_a_schedule_with_a_bad_title_source_or_lead_is_refused(
    changes: dict[str, object], problem: FollowupProblem
) -> None:
    with pytest.raises(FollowupError) as raised:
        replace(schedule(*GUIDELINE), **changes)
    assert raised.value.problem is problem


finite_phase = st.builds(Phase, st.integers(1, 24), st.integers(1, 72))
phase_lists = st.tuples(
    st.lists(finite_phase, min_size=0, max_size=MAX_PHASES - 1),
    st.one_of(st.none(), st.integers(1, 24)),
).map(lambda t: (*t[0], Phase(t[1], None)) if t[1] is not None else tuple(t[0]))
anchors = st.dates(date(2020, 1, 1), date(2035, 12, 31))


@given(phase_lists.filter(bool), anchors)
def test_visits_are_whole_steps_inside_their_phases_and_strictly_later_each_time(
    phases: tuple[Phase, ...], anchor: date
) -> None:
    months = list(visit_months(phases))
    # An oracle: each phase's steps, counted from where the phase begins.
    expected: list[int] = []
    start = 0
    for phase in phases:
        length = phase.months if phase.months is not None else OPEN_END_MONTHS - start
        expected += [
            start + k * phase.every_months for k in range(1, length // phase.every_months + 1)
        ]
        start += length
    assert months == [m for m in expected if m <= OPEN_END_MONTHS]
    visits = due_visits(schedule(*phases), anchor)
    assert [v.on for v in visits] == [add_months(anchor, m) for m in months]
    days = [anchor] + [v.on for v in visits]
    assert all(a < b for a, b in zip(days, days[1:], strict=False))
    assert all(v.on <= add_months(anchor, OPEN_END_MONTHS) for v in visits)


@given(phase_lists.filter(bool), anchors, st.data())
def test_until_keeps_only_the_visits_up_to_that_day(
    phases: tuple[Phase, ...], anchor: date, data: st.DataObject
) -> None:
    every = due_visits(schedule(*phases), anchor)
    until = data.draw(st.dates(anchor, anchor + timedelta(days=30 * 250)))
    assert due_visits(schedule(*phases), anchor, until) == [v for v in every if v.on <= until]


# --- Rebase: "count the next ones from this visit" --------------------------------


def test_a_late_visit_moves_the_later_ones_by_the_same_steps() -> None:
    plain = due_visits(schedule(*GUIDELINE), date(2026, 1, 10))
    # Visit 3 (due 10 October 2026) happened on 2 November.
    moved = due_visits(schedule(*GUIDELINE, rebase=Rebase(3, date(2026, 11, 2))), date(2026, 1, 10))
    assert moved[:3] == plain[:3]  # earlier ones (and the visit itself) as planned
    assert moved[3] == DueVisit(4, date(2027, 2, 2))  # three months after the real visit
    assert moved[8] == DueVisit(9, date(2028, 8, 2))  # the first six-monthly one
    assert len(moved) == len(plain)


@given(phase_lists.filter(bool), anchors, st.data())
def test_a_rebase_counts_every_later_visit_from_the_real_date(
    phases: tuple[Phase, ...], anchor: date, data: st.DataObject
) -> None:
    months = list(visit_months(phases))
    assume(months)
    number = data.draw(st.integers(1, len(months)))
    planned = add_months(anchor, months[number - 1])
    real = data.draw(st.dates(max(anchor, planned - timedelta(days=60)), planned + timedelta(60)))
    plain = due_visits(schedule(*phases), anchor)
    moved = due_visits(schedule(*phases, rebase=Rebase(number, real)), anchor)
    assert moved[:number] == plain[:number]
    for visit, offset in zip(moved[number:], months[number:], strict=True):
        assert visit.on == add_months(real, offset - months[number - 1])
        assert visit.on > real
    later = [v.on for v in moved[number:]]
    assert all(a < b for a, b in zip(later, later[1:], strict=False))


def test_a_rebase_of_a_visit_the_schedule_does_not_have_changes_nothing() -> None:
    plain = due_visits(schedule(Phase(3, 12)), ANCHOR)
    for number in (0, -1, 5, 99):
        rebased = schedule(Phase(3, 12), rebase=Rebase(number, date(2026, 3, 1)))
        assert due_visits(rebased, ANCHOR) == plain


def test_a_rebase_before_the_anchor_is_refused() -> None:
    early = schedule(*GUIDELINE, rebase=Rebase(1, ANCHOR - timedelta(days=1)))
    with pytest.raises(FollowupError) as raised:
        due_visits(early, ANCHOR)
    assert raised.value.problem is FollowupProblem.REBASE_BEFORE_ANCHOR
    with pytest.raises(FollowupError):
        check_rebases([schedule(*GUIDELINE), early], Anchor("end of treatment", ANCHOR))
    check_rebases([early], None)  # nothing to count from: nothing to refuse
    check_rebases([early], Anchor("", ANCHOR - timedelta(days=1)))


# --- Planned checkups kept in step --------------------------------------------------


@dataclass
class Row:
    """A checkup as the planner sees it, in a pretend table."""

    id: int
    schedule_id: int
    number: int
    due_on: date | None
    day: date
    planned: bool = True

    def slot(self) -> ExistingSlot:
        return ExistingSlot(
            self.id, self.schedule_id, self.number, self.due_on, self.day, self.planned
        )


class Table:
    """Planned checkups as storage keeps them: a removed planned one no longer belongs
    to its schedule (it is let go of), a booked or person-removed one stays."""

    def __init__(self) -> None:
        self.rows: dict[int, Row] = {}
        self.next_id = 1

    def slots(self) -> list[ExistingSlot]:
        return [r.slot() for r in self.rows.values()]

    def apply(self, changes: PlanChanges) -> None:
        for slot in changes.add:
            self.rows[self.next_id] = Row(
                self.next_id, slot.schedule_id, slot.number, slot.due_on, slot.due_on
            )
            self.next_id += 1
        for cid, due in changes.move:
            assert self.rows[cid].planned
            self.rows[cid].day = self.rows[cid].due_on = due
        for cid in changes.remove:
            assert self.rows.pop(cid).planned

    def planned(self) -> dict[int, date]:
        return {r.number: r.day for r in self.rows.values() if r.planned}


TODAY = date(2026, 5, 4)
END = Anchor("end of treatment", date(2026, 1, 10))


def plan(
    table: Table, schedules: list[FollowupSchedule], anchor: Anchor | None, today: date = TODAY
) -> PlanChanges:
    changes = plan_changes(schedules, anchor, table.slots(), today)
    table.apply(changes)
    return changes


def test_a_new_schedule_adds_the_visits_from_today_to_two_years_ahead() -> None:
    table = Table()
    changes = plan(table, [schedule(Phase(3, 60))], END)
    assert changes.move == changes.remove == []
    # Visit 1 (10 April) is past; visit 10 (10 July 2028) is more than two years ahead.
    assert table.planned() == {n: add_months(END.on, 3 * n) for n in range(2, 10)}
    assert all(TODAY <= day <= TODAY + PLAN_AHEAD for day in table.planned().values())
    # Time passes: the next plan adds what came inside the two years.
    plan(table, [schedule(Phase(3, 60))], END, today=TODAY + timedelta(days=200))
    assert max(table.planned()) == 11  # 10 October 2028


def test_changing_the_schedule_moves_future_planned_ones_and_removes_and_adds() -> None:
    table = Table()
    plan(table, [schedule(Phase(3, 24))], END)
    ids = {r.number: r.id for r in table.rows.values()}
    assert sorted(ids) == [2, 3, 4, 5, 6, 7, 8]
    changes = plan(table, [schedule(Phase(4, 48))], END)  # every 4 months for 4 years
    # Visits 2..6 keep their checkups, on the new dates; 7 and 8 (more than two years
    # ahead now) go; visit 1, now due in May, is added.
    assert sorted(changes.move) == [(ids[n], add_months(END.on, 4 * n)) for n in range(2, 7)]
    assert sorted(changes.remove) == [ids[7], ids[8]]
    assert [(a.number, a.due_on) for a in changes.add] == [(1, date(2026, 5, 10))]
    assert table.planned() == {n: add_months(END.on, 4 * n) for n in range(1, 7)}
    changes = plan(table, [schedule(Phase(4, 12))], END)  # shorter: visits 4.. go
    assert sorted(table.planned()) == [1, 2, 3]
    assert sorted(changes.remove) == [ids[4], ids[5], ids[6]]


def test_changing_the_anchor_moves_the_future_planned_ones() -> None:
    table = Table()
    plan(table, [schedule(Phase(3, 24))], END)
    later = Anchor(END.event, date(2026, 2, 20))
    changes = plan(table, [schedule(Phase(3, 24))], later)
    assert changes.move
    assert table.planned() == {n: add_months(later.on, 3 * n) for n in range(1, 9)}


def test_booked_past_and_removed_checkups_are_never_touched() -> None:
    table = Table()
    plan(table, [schedule(Phase(3, 24))], END)
    rows = sorted(table.rows.values(), key=lambda r: r.number)
    rows[0].planned = False  # visit 2: booked, on another day
    rows[0].day = date(2026, 7, 20)
    rows[1].planned = False  # visit 3: the person took it off the list
    # Visit 1 (due 10 April) was planned and is past, never booked.
    table.rows[99] = Row(99, 1, 1, date(2026, 4, 10), date(2026, 4, 10))
    moved_anchor = Anchor(END.event, date(2026, 1, 25))
    changes = plan_changes([schedule(Phase(6, 24))], moved_anchor, table.slots(), TODAY)
    touched = {cid for cid, _ in changes.move} | set(changes.remove)
    assert not touched & {rows[0].id, rows[1].id, 99}
    assert all(slot.number not in (1, 2, 3) for slot in changes.add)
    # Without an anchor, every future planned one goes; the others stay.
    gone = plan_changes([schedule(Phase(3, 24))], None, table.slots(), TODAY)
    assert set(gone.remove) == {r.id for r in table.rows.values() if r.planned and r.day >= TODAY}
    assert (gone.add, gone.move) == ([], [])


def test_a_deleted_schedule_takes_its_future_planned_checkups() -> None:
    table = Table()
    plan(table, [schedule(Phase(3, 24), sid=1), schedule(Phase(6, 24), sid=2)], END)
    changes = plan(table, [schedule(Phase(6, 24), sid=2)], END)
    assert {r.schedule_id for r in table.rows.values()} == {2}
    assert len(changes.remove) == 7


def test_a_schedule_not_saved_yet_plans_nothing() -> None:
    assert not plan_changes([schedule(Phase(3, 24), sid=None)], END, [], TODAY)


schedules_lists = st.lists(phase_lists.filter(bool), min_size=0, max_size=3).map(
    lambda lists: [schedule(*p, sid=n) for n, p in enumerate(lists, start=1)]
)
maybe_anchor = st.one_of(st.none(), st.builds(Anchor, st.just("end"), anchors))


@given(
    st.lists(st.tuples(schedules_lists, maybe_anchor), min_size=1, max_size=4),
    st.dates(date(2020, 1, 1), date(2036, 1, 1)),
)
def test_following_the_schedules_is_idempotent_and_gives_exactly_their_visits(
    steps: list[tuple[list[FollowupSchedule], Anchor | None]], today: date
) -> None:
    table = Table()
    for schedules, anchor in steps:
        plan(table, schedules, anchor, today)
        assert not plan_changes(schedules, anchor, table.slots(), today)  # nothing more to do
        wanted = set()
        if anchor is not None:
            for s in schedules:
                assert s.id is not None
                wanted |= {
                    (s.id, v.number, v.on)
                    for v in due_visits(s, anchor.on, today + PLAN_AHEAD)
                    if v.on >= today
                }
        have = {(r.schedule_id, r.number, r.day) for r in table.rows.values() if r.planned}
        assert have == wanted


# --- "Book it" days ---------------------------------------------------------------


def test_book_it_comes_lead_days_before_then_weekly_until_four_weeks_after() -> None:
    due = date(2026, 6, 30)
    assert list(book_reminder_days(due, 21)) == [
        date(2026, 6, 9),
        date(2026, 6, 16),
        date(2026, 6, 23),
        date(2026, 6, 30),
        date(2026, 7, 7),
        date(2026, 7, 14),
        date(2026, 7, 21),
        date(2026, 7, 28),
    ]
    assert list(book_reminder_days(due, 0))[-1] == due + timedelta(days=28)


@given(st.dates(date(2020, 1, 1), date(2040, 1, 1)), st.integers(0, 120))
def test_book_it_days_are_a_week_apart_from_the_lead_to_four_weeks_after(
    due: date, lead: int
) -> None:
    days = list(book_reminder_days(due, lead))
    assert days[0] == due - timedelta(days=lead)
    assert all(b - a == timedelta(days=7) for a, b in zip(days, days[1:], strict=False))
    assert due + timedelta(days=21) < days[-1] <= due + timedelta(days=28)
