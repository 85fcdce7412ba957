"""Check-ins, checkups, screens, care-team notes and drafts as kept in the database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.domain.insights import DayPoint
from planner.domain.journal import (
    Checkup,
    CheckupKind,
    CheckupStatus,
    JournalEntry,
    JournalFilter,
    Mood,
    SleepQuality,
)
from planner.domain.screens import NudgeReason, ScreenKind, ScreenResult
from planner.storage.store import Store

NEW_YORK = "America/New_York"
NY = ZoneInfo(NEW_YORK)
NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=NY)


def make(
    at: datetime,
    *,
    mood: int = 3,
    worry: int = 0,
    note: str = "",
    tags: tuple[str, ...] = (),
    **more: object,
) -> JournalEntry:
    """A check-in made at ``at`` in New York, on that local day."""
    return JournalEntry(
        Mood(mood), worry, at.astimezone(NY).date(), at, NEW_YORK, note=note, tags=tags, **more
    )


def add(store: Store, *entries: JournalEntry) -> list[JournalEntry]:
    return [store.journal.add(e, NOW) for e in entries]


# --- Saving, changing, deleting ---------------------------------------------------


def test_a_check_in_comes_back_exactly_as_saved(store: Store) -> None:
    full = make(
        local(2026, 11, 24, 21, 15),
        mood=4,
        worry=6,
        note="Slept badly — the scan is on Thursday.\nSecond line, with “quotes”.",
        tags=("checkup soon", "tired"),
        energy=3,
        sleep_hours=5.5,
        sleep_quality=SleepQuality.POORLY,
        for_care_team=True,
    )
    saved = store.journal.add(full, NOW)
    assert saved.id is not None
    assert saved == replace(full, id=saved.id)
    assert store.journal.get(saved.id) == saved
    assert saved.at.utcoffset() == timedelta(0)  # kept in UTC, with its zone beside it
    assert saved.zone == NEW_YORK
    assert saved.day == date(2026, 11, 24)


def test_a_check_in_with_only_mood_and_worry(store: Store) -> None:
    (saved,) = add(store, make(local(2026, 11, 24, 8, 0), mood=1, worry=10))
    assert (saved.energy, saved.sleep_hours, saved.sleep_quality) == (None, None, None)
    assert (saved.note, saved.tags, saved.for_care_team) == ("", (), False)
    assert store.journal.get(9999) is None


def test_update_changes_the_check_in_and_its_search_words(store: Store) -> None:
    (saved,) = add(store, make(local(2026, 11, 24, 8), note="anxious about bloodwork"))
    changed = replace(saved, mood=Mood.GREAT, note="went for a swim", tags=("good day",))
    store.journal.update(changed, NOW)
    assert store.journal.get(saved.id) == changed
    assert store.journal.count(JournalFilter(text="bloodwork")) == 0
    assert store.journal.count(JournalFilter(text="swim")) == 1
    assert store.journal.count(JournalFilter(tag="good day")) == 1


def test_delete_returns_what_was_removed_and_its_words_leave_the_search(store: Store) -> None:
    kept, gone = add(
        store,
        make(local(2026, 11, 23, 8), note="tea with Ana"),
        make(local(2026, 11, 24, 8), note="Quietmorning walk", tags=("lonely",)),
    )
    assert store.journal.count(JournalFilter(text="quietmorning")) == 1
    assert store.journal.delete(gone.id) == gone
    assert store.journal.get(gone.id) is None
    assert store.journal.count(JournalFilter(text="quietmorning")) == 0
    assert store.journal.count(JournalFilter(text="lonely")) == 0
    assert store.journal.count(JournalFilter(tag="lonely")) == 0
    assert store.journal.all() == [kept]
    assert store.journal.delete(gone.id) is None


def test_undo_puts_the_deleted_check_in_back_with_its_id(store: Store) -> None:
    first, middle, last = add(
        store,
        make(local(2026, 11, 22, 8), note="one"),
        make(local(2026, 11, 23, 8), note="two wanderlust"),
        make(local(2026, 11, 24, 8), note="three"),
    )
    removed = store.journal.delete(middle.id)
    assert removed is not None
    back = store.journal.add(removed, NOW)
    assert back == middle
    assert store.journal.page(JournalFilter(), 10) == [last, middle, first]
    assert store.journal.count(JournalFilter(text="wanderlust")) == 1
    (newer,) = add(store, make(local(2026, 11, 25, 8)))
    assert newer.id == last.id + 1


# --- Wiping deleted words from the files ---------------------------------------


def files_hold(db_path: Path, word: str) -> dict[str, bool]:
    """Whether the database file and its write-ahead log contain ``word`` (any case)."""
    found = {}
    for name in (db_path.name, db_path.name + "-wal"):
        path = db_path.with_name(name)
        data = path.read_bytes().lower() if path.exists() else b""
        found[name] = word.lower().encode() in data
    return found


@pytest.mark.parametrize(
    "note",
    [
        "Zanzibarquokka is what I call the scan machine",
        "A long day. " * 800 + "Zanzibarquokka" + " and more." * 800,  # overflow pages
    ],
)
def test_scrub_after_delete_leaves_no_trace_in_the_files(
    store: Store, db_path: Path, note: str
) -> None:
    add(store, *(make(local(2026, 11, 1 + i, 20), note=f"ordinary day {i}") for i in range(20)))
    (secret,) = add(store, make(local(2026, 11, 24, 20), note=note, tags=("marmalotl",)))
    assert any(files_hold(db_path, "Zanzibarquokka").values())
    store.journal.delete(secret.id)
    store.journal.scrub()
    assert files_hold(db_path, "Zanzibarquokka") == {"planner.db": False, "planner.db-wal": False}
    assert files_hold(db_path, "marmalotl") == {"planner.db": False, "planner.db-wal": False}
    # The other check-ins are untouched and still found.
    assert store.journal.count(JournalFilter(text="ordinary")) == 20
    assert store.integrity_ok()


def test_scrub_after_an_edit_leaves_no_trace_of_the_old_words(store: Store, db_path: Path) -> None:
    (saved,) = add(store, make(local(2026, 11, 24, 20), note="Pangolinfeather worries"))
    store.journal.update(replace(saved, note="all fine"), NOW)
    store.journal.scrub()
    assert not any(files_hold(db_path, "Pangolinfeather").values())


# --- Pages for the timeline ------------------------------------------------------


@pytest.fixture
def ten(store: Store) -> list[JournalEntry]:
    """Ten check-ins; three of them share one moment (ties are broken by id)."""
    same = local(2026, 11, 20, 21, 0)
    moments = [local(2026, 11, d, 20, 0) for d in (10, 12, 14, 16, 18, 22, 24)] + [same] * 3
    return add(store, *(make(m, note=f"entry {i}") for i, m in enumerate(moments)))


def newest_first(entries: list[JournalEntry]) -> list[JournalEntry]:
    return sorted(entries, key=lambda e: (e.at, e.id), reverse=True)


@pytest.mark.parametrize("size", [1, 2, 3, 4, 10, 11])
def test_keyset_pages_walk_every_check_in_once_newest_first(
    store: Store, ten: list[JournalEntry], size: int
) -> None:
    seen: list[JournalEntry] = []
    before = None
    while True:
        page = store.journal.page(JournalFilter(), size, before=before)
        assert len(page) <= size
        if not page:
            break
        seen += page
        before = page[-1]
    assert seen == newest_first(ten)
    tied = [e for e in seen if e.at == local(2026, 11, 20, 21, 0)]
    assert [e.id for e in tied] == sorted((e.id for e in tied), reverse=True)


def test_a_page_can_start_at_a_moment(store: Store, ten: list[JournalEntry]) -> None:
    start = local(2026, 11, 20, 21, 0)
    page = store.journal.page(JournalFilter(), 50, start=start)
    assert page == newest_first([e for e in ten if e.at >= start])
    assert len(page) == 5


def test_pages_follow_the_filter(store: Store) -> None:
    days = range(1, 21)
    entries = add(store, *(make(local(2026, 11, d, 20), tags=("pain",) * (d % 2)) for d in days))
    filt = JournalFilter(tag="pain")
    first = store.journal.page(filt, 4)
    second = store.journal.page(filt, 4, before=first[-1])
    expected = newest_first([e for e in entries if "pain" in e.tags])
    assert first + second == expected[:8]
    assert store.journal.count(filt) == 10


# --- Filters ------------------------------------------------------------------------


@pytest.fixture
def varied(store: Store) -> list[JournalEntry]:
    return add(
        store,
        make(local(2026, 11, 1, 20), mood=1, worry=9, note="Walked to the park", tags=("pain",)),
        make(local(2026, 11, 2, 20), mood=2, worry=7, note="Parking was awful", tags=("tired",)),
        make(
            local(2026, 11, 3, 20), mood=3, worry=5, note="Coffee at the café", tags=("tiredness",)
        ),
        make(local(2026, 11, 4, 20), mood=4, worry=3, note="walking group, park bench"),
        make(local(2026, 11, 5, 20), mood=5, worry=0, tags=("good day", "tired")),
    )


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("walk", [0, 3]),  # a word's start matches
        ("WALKED", [0]),
        ("park", [0, 1, 3]),
        ("walk park", [0, 3]),  # every word must appear
        ("park walk awful", []),
        ("cafe", [2]),  # accents do not matter
        ("café", [2]),
        ("tired", [1, 2, 4]),  # tags are searched too
        ("good day", [4]),
    ],
)
def test_text_search_matches_word_starts_and_ands_the_words(
    store: Store, varied: list[JournalEntry], text: str, notes: list[int]
) -> None:
    filt = JournalFilter(text=text)
    assert store.journal.count(filt) == len(notes)
    found = store.journal.page(filt, 50)
    assert sorted(found, key=lambda e: e.at) == [varied[i] for i in notes]


@pytest.mark.parametrize(
    "text",
    ['"', 'say "hi', "it's", "walk*", "*", "(park", "park)", "NOT", "AND park", "-", "^", "a:b",
     "NEAR(", "'", '""', "😀", "x" * 300],
)  # fmt: skip
def test_odd_search_input_never_crashes(
    store: Store, varied: list[JournalEntry], text: str
) -> None:
    count = store.journal.count(JournalFilter(text=text))
    assert 0 <= count <= len(varied)
    assert len(store.journal.page(JournalFilter(text=text), 50)) == count


@pytest.mark.parametrize(
    ("text", "found"),
    [("don't", 1), ("don", 1), ("follow-up", 1), ("follow up", 1), ("muller", 1), ("Müll", 1),
     ("followup", 0)],
)  # fmt: skip
def test_apostrophes_hyphens_and_accents_search_as_written(
    store: Store, text: str, found: int
) -> None:
    add(store, make(local(2026, 11, 1, 20), note="I don't know about the follow-up with Dr Müller"))
    assert store.journal.count(JournalFilter(text=text)) == found


def test_quotes_are_ignored_not_an_error(store: Store, varied: list[JournalEntry]) -> None:
    assert store.journal.count(JournalFilter(text='"park')) == 3
    assert store.journal.count(JournalFilter(text='"walk" "park"')) == 2


def test_a_tag_matches_exactly_never_as_part_of_another(
    store: Store, varied: list[JournalEntry]
) -> None:
    assert store.journal.count(JournalFilter(tag="tired")) == 2  # not "tiredness"
    assert store.journal.count(JournalFilter(tag="tiredness")) == 1
    assert store.journal.count(JournalFilter(tag="tire")) == 0
    assert store.journal.count(JournalFilter(tag="good day")) == 1
    assert store.journal.count(JournalFilter(tag="good")) == 0
    assert store.journal.count(JournalFilter(tag="day\ntired")) == 0


def test_moods_worry_and_dates_narrow_the_count(store: Store, varied: list[JournalEntry]) -> None:
    count = store.journal.count
    assert count(JournalFilter()) == 5
    assert count(JournalFilter(moods=frozenset({Mood.AWFUL, Mood.GREAT}))) == 2
    assert count(JournalFilter(worry_min=3, worry_max=7)) == 3  # both ends included
    assert count(JournalFilter(worry_min=10)) == 0
    assert count(JournalFilter(worry_max=0)) == 1
    assert count(JournalFilter(since=date(2026, 11, 2), until=date(2026, 11, 4))) == 3
    assert count(JournalFilter(since=date(2026, 11, 5))) == 1
    assert count(JournalFilter(until=date(2026, 11, 1))) == 1
    both = JournalFilter(text="park", moods=frozenset({Mood.AWFUL, Mood.GOOD}), worry_max=5)
    assert store.journal.page(both, 10) == [varied[3]]


def test_dates_are_the_local_day_of_the_check_in(store: Store) -> None:
    # 23:30 in New York is already the next day in UTC; it still belongs to the 1st.
    (late,) = add(store, make(local(2026, 11, 1, 23, 30)))
    assert late.day == date(2026, 11, 1)
    assert store.journal.count(JournalFilter(since=date(2026, 11, 2))) == 0
    assert store.journal.count(JournalFilter(until=date(2026, 11, 1))) == 1


# --- Numbers for summaries and charts -------------------------------------------------


def test_span_stats_count_and_average_each_half_open_span(store: Store) -> None:
    add(
        store,
        make(local(2026, 11, 1, 8), mood=2, worry=8),
        make(local(2026, 11, 1, 20), mood=4, worry=4),
        make(local(2026, 11, 10, 9), mood=5, worry=1),
    )
    cut = local(2026, 11, 10, 9)
    assert store.journal.span_stats([(None, cut), (cut, None), (None, None)]) == [
        (2, 3.0, 6.0),
        (1, 5.0, 1.0),
        (3, 11 / 3, 13 / 3),
    ]
    assert store.journal.span_stats([(local(2026, 12, 1), None)]) == [(0, None, None)]


def test_day_points_are_each_local_days_means_oldest_first(store: Store) -> None:
    add(
        store,
        make(local(2026, 11, 3, 20), mood=5, worry=0),
        make(local(2026, 11, 1, 8), mood=2, worry=8),
        make(local(2026, 11, 1, 23, 30), mood=4, worry=4),
    )
    assert store.journal.day_points() == [
        DayPoint(date(2026, 11, 1), 3.0, 6.0, 2),
        DayPoint(date(2026, 11, 3), 5.0, 0.0, 1),
    ]
    assert store.journal.day_points(since=date(2026, 11, 2)) == [
        DayPoint(date(2026, 11, 3), 5.0, 0.0, 1)
    ]
    assert store.journal.day_points(until=date(2026, 11, 1)) == [
        DayPoint(date(2026, 11, 1), 3.0, 6.0, 2)
    ]
    assert store.journal.day_points(date(2026, 11, 2), date(2026, 11, 2)) == []


def test_since_worry_moments_days_and_first_day(store: Store) -> None:
    assert store.journal.first_day() is None
    a, b, c = add(
        store,
        make(local(2026, 11, 3, 20), worry=2),
        make(local(2026, 11, 1, 8), worry=9),
        make(local(2026, 11, 5, 7), worry=4),
    )
    assert store.journal.since(local(2026, 11, 3, 20)) == [a, c]
    assert store.journal.since(local(2026, 11, 3, 20, 0, 1)) == [c]
    assert store.journal.worry_moments() == [(b.at, 9), (a.at, 2), (c.at, 4)]
    assert store.journal.worry_moments(date(2026, 11, 3)) == [(a.at, 2), (c.at, 4)]
    assert store.journal.days_with_entries(date(2026, 11, 1), date(2026, 11, 3)) == {
        date(2026, 11, 1),
        date(2026, 11, 3),
    }
    assert store.journal.days_with_entries(date(2026, 11, 4), date(2026, 11, 4)) == set()
    assert store.journal.first_day() == date(2026, 11, 1)
    assert store.journal.all() == [b, a, c]


def test_tags_in_use_most_used_first_then_by_name(store: Store) -> None:
    add(
        store,
        make(local(2026, 11, 1, 8), tags=("tired", "pain")),
        make(local(2026, 11, 2, 8), tags=("tired", "good day")),
        make(local(2026, 11, 3, 8), tags=("pain", "tired")),
        make(local(2026, 11, 4, 8), tags=("appointment",)),
        make(local(2026, 11, 5, 8)),
    )
    assert store.journal.tags_in_use() == ["tired", "pain", "appointment", "good day"]


# --- Checkups ---------------------------------------------------------------------


def test_checkups_round_trip_in_date_and_time_order(store: Store) -> None:
    scan = Checkup(
        date(2026, 12, 3),
        CheckupKind.SCAN,
        NEW_YORK,
        at=time(9, 30),
        place="City Hospital, floor 2",
        results_on=date(2026, 12, 10),
        note="Bring the old images",
    )
    blood_later = Checkup(date(2026, 12, 3), CheckupKind.BLOOD_TEST, NEW_YORK, at=time(14, 0))
    no_time = Checkup(date(2026, 12, 3), CheckupKind.OTHER, "Europe/Berlin")
    earlier = Checkup(date(2026, 9, 3), CheckupKind.ONCOLOGIST, NEW_YORK)
    saved = [store.checkups.add(c, NOW) for c in (scan, blood_later, no_time, earlier)]
    assert all(s.id is not None for s in saved)
    assert saved[0] == replace(scan, id=saved[0].id, uid=saved[0].uid)
    assert all(s.uid.endswith("@between-checkups") for s in saved)
    assert len({s.uid for s in saved}) == 4
    assert store.checkups.all() == [saved[3], saved[2], saved[0], saved[1]]


def test_checkups_can_be_changed_and_removed(store: Store) -> None:
    saved = store.checkups.add(Checkup(date(2026, 12, 3), CheckupKind.SCAN, NEW_YORK), NOW)
    moved = replace(saved, day=date(2026, 12, 4), at=time(8, 15), results_on=date(2026, 12, 8))
    stored = store.checkups.update(moved)
    assert stored == replace(moved, sequence=1)  # the calendar event moved: SEQUENCE goes up
    assert store.checkups.all() == [stored]
    assert store.checkups.update(replace(stored, results_on=date(2026, 12, 9))).sequence == 1
    store.checkups.delete(saved.id)
    assert store.checkups.all() == []
    (removed,) = store.checkups.everything()
    assert removed.status is CheckupStatus.REMOVED
    assert (removed.uid, removed.sequence, removed.place, removed.note) == (saved.uid, 2, "", "")


# --- Screens and care-team notes -----------------------------------------------------


def screen(kind: ScreenKind, answers: tuple[int, int], at: datetime) -> ScreenResult:
    return ScreenResult(kind, answers, at.astimezone(NY).date(), at, NEW_YORK)


def test_screens_are_saved_together_and_read_oldest_first(store: Store) -> None:
    assert store.wellbeing.screens() == []
    assert store.wellbeing.last_screen_day() is None
    first = [
        screen(ScreenKind.PHQ2, (1, 2), local(2026, 11, 1, 20)),
        screen(ScreenKind.GAD2, (0, 3), local(2026, 11, 1, 20)),
    ]
    later = [screen(ScreenKind.PHQ2, (0, 0), local(2026, 11, 15, 19))]
    store.wellbeing.add_screens(first)
    store.wellbeing.add_screens(later)
    got = store.wellbeing.screens()
    assert [(s.kind, s.answers, s.day, s.at, s.zone) for s in got] == [
        (s.kind, s.answers, s.day, s.at, s.zone) for s in first + later
    ]
    assert all(s.id is not None for s in got)
    assert got[1].total == 3
    assert got[1].positive
    assert store.wellbeing.screens(since=local(2026, 11, 2)) == got[2:]
    assert store.wellbeing.last_screen_day() == date(2026, 11, 15)


def test_screens_answered_together_are_saved_all_or_none(store: Store) -> None:
    good = screen(ScreenKind.PHQ2, (1, 1), local(2026, 11, 1, 20))
    naive = ScreenResult(ScreenKind.GAD2, (1, 1), date(2026, 11, 1), datetime(2026, 11, 1), "UTC")
    with pytest.raises(ValueError, match="aware"):
        store.wellbeing.add_screens([good, naive])
    assert store.wellbeing.screens() == []


def test_care_team_notes_are_logged_dismissed_and_listed(store: Store) -> None:
    assert store.wellbeing.last_nudge() is None
    first = store.wellbeing.log_nudge(NudgeReason.WORRY, NOW - timedelta(days=9))
    second = store.wellbeing.log_nudge(NudgeReason.PHQ2, NOW - timedelta(days=1))
    assert first != second
    store.wellbeing.dismiss_nudge(second, NOW)
    assert store.wellbeing.last_nudge() == (
        second,
        NudgeReason.PHQ2,
        NOW - timedelta(days=1),
        NOW,
    )
    assert store.wellbeing.nudges() == [
        (NudgeReason.WORRY, NOW - timedelta(days=9), None),
        (NudgeReason.PHQ2, NOW - timedelta(days=1), NOW),
    ]


# --- Drafts ---------------------------------------------------------------------------


def test_a_draft_is_kept_replaced_and_cleared(store: Store) -> None:
    assert store.drafts.get("checkin") is None
    store.drafts.save("checkin", '{"note": "half a thought"}', NOW)
    store.drafts.save("other", "{}", NOW)
    store.drafts.save("checkin", '{"note": "a whole thought"}', NOW + timedelta(seconds=5))
    assert store.drafts.get("checkin") == '{"note": "a whole thought"}'
    store.drafts.clear("checkin")
    assert store.drafts.get("checkin") is None
    assert store.drafts.get("other") == "{}"
    store.drafts.clear("never saved")


def test_a_draft_survives_closing_the_store(db_path: Path) -> None:
    store = Store.open(db_path)
    store.drafts.save("checkin", "typed before the crash", NOW)
    store.close()
    again = Store.open(db_path)
    try:
        assert again.drafts.get("checkin") == "typed before the crash"
    finally:
        again.close()
