"""The visit summary on paper: a PDF of real text with embedded fonts and a vector chart,
two pages at most for three months, written privately and whole, and a printer's copy."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import subprocess
import threading
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from planner.domain.journal import Checkup, CheckupKind, JournalEntry, Mood, Phase, SleepQuality
from planner.domain.model import ScheduleKind
from planner.domain.questions import Question
from planner.domain.screens import ScreenKind, ScreenResult
from planner.domain.visit_summary import (
    CareContact,
    CareNote,
    ItemRecord,
    PhaseWorry,
    VisitSummary,
    weekly_means,
)
from planner.services.summary_chart import CHART_OBJECT
from planner.services.summary_document import build_summary_document
from planner.services.summary_pdf import (
    locale_page_size,
    print_summary,
    render_summary_pdf,
    write_summary_pdf,
)
from planner.services.tasks import TaskRunner

START = date(2026, 9, 3)
END = date(2026, 12, 1)  # 90 days
ZONE = "Europe/Berlin"
A4 = QPageSize(QPageSize.PageSizeId.A4)
LETTER = QPageSize(QPageSize.PageSizeId.Letter)


def _at(day: date) -> datetime:
    return datetime.combine(day, time(18, 0), tzinfo=UTC)


def _entries(start: date, end: date) -> list[JournalEntry]:
    """A check-in most days: mood wandering, worry easing over the weeks."""
    out = []
    for n in range((end - start).days + 1):
        if n % 7 == 3:
            continue
        day = start + timedelta(days=n)
        out.append(
            JournalEntry(
                Mood(1 + (n * 7 // 11 + n // 20) % 5),
                max(0, min(10, 7 - n // 15 + n % 3)),
                day,
                _at(day),
                ZONE,
                energy=4 + n % 5,
                sleep_hours=6 + (n % 4) * 0.5,
                sleep_quality=SleepQuality(1 + n % 3),
            )
        )
    return out


def make_summary(start: date = START, end: date = END, **changes: object) -> VisitSummary:
    """Three months of check-ins, six pairs of screens, five items, notes and questions
    with markup, control characters and emoji in them."""
    inside = _entries(start, end)
    screens = []
    for k in range(min(6, (end - start).days // 14)):
        day = start + timedelta(days=14 * k + 5)
        screens.append(ScreenResult(ScreenKind.PHQ2, (k % 3, 1), day, _at(day), ZONE))
        screens.append(ScreenResult(ScreenKind.GAD2, (2, (k + 1) % 4), day, _at(day), ZONE))
    fields: dict[str, object] = {
        "start": start,
        "end": end,
        "made_on": end + timedelta(days=1),
        "zone": ZONE,
        "weeks": weekly_means(inside, start, end),
        "checkins": len(inside),
        "days_with_checkin": len({e.day for e in inside}),
        "mood_mean": sum(int(e.mood) for e in inside) / len(inside),
        "worry_mean": sum(e.worry for e in inside) / len(inside),
        "worry_by_phase": (
            PhaseWorry(Phase.BEFORE, 6.4, 12),
            PhaseWorry(Phase.WAITING, 7.9, 6),
            PhaseWorry(Phase.AFTER, 4.1, 13),
        ),
        "screens": tuple(screens),
        "items": (
            ItemRecord(1, "Drink water", ScheduleKind.DAILY, 90, 70, 8, 6, 6),
            ItemRecord(
                2, "Walk <b>20 min</b>", ScheduleKind.TIMES_PER_WEEK, 39, 25, 4, 3, 7, per_week=3
            ),
            ItemRecord(3, "Stretch", ScheduleKind.WEEKDAYS, 26, 20, 2, 1, 3),
            ItemRecord(4, "Call the clinic", ScheduleKind.ONCE, 1, 1, 0, 0, 0),
            ItemRecord(5, "Eat fruit 🍎", ScheduleKind.DAILY, 40, 20, 5, 5, 10, archived=True),
        ),
        "sleep_hours_mean": 6.74,
        "sleep_count": len(inside),
        "sleep_quality": ((SleepQuality.POORLY, 25), (SleepQuality.WELL, 26)),
        "energy_mean": 5.9,
        "energy_count": len(inside),
        "care_notes": (
            CareNote(
                date(2026, 9, 20),
                2,
                8,
                "Tired after the walk. <b>Not bold</b> & sore\r\nknees.",
                ("tired", "pain"),
            ),
            CareNote(date(2026, 10, 14), 3, 6, "Slept badly before the blood test 😟", ()),
            CareNote(
                date(2026, 11, 2),
                4,
                3,
                "Better.\x00 Tingling\x07 in fingers again.",
                ("neuropathy",),
            ),
        ),
        "questions": (
            Question("How often do I need scans next year?", 0, id=1),
            Question("Is the tingling in my fingers <i>normal</i>?", 1, id=2),
            Question("Can I start swimming again? 🏊", 2, id=3),
        ),
        "last_checkup": Checkup(
            date(2026, 9, 2), CheckupKind.ONCOLOGIST, ZONE, results_on=date(2026, 9, 9), id=1
        ),
        "next_checkup": Checkup(date(2026, 12, 10), CheckupKind.SCAN, ZONE, title="CT scan", id=2),
        "contact": CareContact("Oak <Street> Clinic", "+1 555 0100", "+1 555 0199"),
    }
    fields.update(changes)
    return VisitSummary(**fields)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _english(qapp):
    """Dates and numbers as US English writes them ("3 Sep 2026", "2.9")."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _text(reader: PdfReader) -> str:
    """Every page's text with runs of whitespace made single spaces (Qt puts tabs between
    words)."""
    return " ".join(_page_text(page) for page in reader.pages)


def _page_text(page) -> str:
    """One page's text, whitespace made single spaces and ligatures ("ﬁ") undone."""
    return " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())


def _resolve(obj):
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _fonts(reader: PdfReader) -> list[dict]:
    found = []
    for page in reader.pages:
        fonts = _resolve(_resolve(page["/Resources"]).get("/Font", {}))
        found.extend(_resolve(font) for font in fonts.values())
    return found


def _images(reader: PdfReader) -> list[str]:
    names = []
    for page in reader.pages:
        xobjects = _resolve(_resolve(page["/Resources"]).get("/XObject", {}))
        for name, obj in xobjects.items():
            if _resolve(obj).get("/Subtype") == "/Image":
                names.append(name)
    return names


@pytest.fixture
def written(tmp_path) -> tuple[Path, PdfReader, int]:
    path = tmp_path / "checkup-summary-2026-12-02.pdf"
    pages = write_summary_pdf(make_summary(), path, A4)
    return path, PdfReader(path), pages


def test_three_months_fit_on_two_pages_with_a_footer_on_each(written):
    _path, reader, pages = written
    assert pages == len(reader.pages) <= 2
    for number, page in enumerate(reader.pages, start=1):
        text = _page_text(page)
        assert f"Page {number} of {pages}" in text
        assert "Between Checkups · Checkup summary, 3 Sep 2026 to 1 Dec 2026" in text


def test_the_pdf_holds_headings_numbers_screens_and_items_as_text(written):
    text = _text(written[1])
    for heading in (
        "Checkup summary",
        "Mood and worry",
        "Worry around the last checkup (2 Sep 2026)",
        "Questions every two weeks (PHQ-2 and GAD-2)",
        "How the checklist went",
        "Sleep and energy",
        "Check-ins marked for the care team",
        "Questions for this visit",
    ):
        assert heading in text
    summary = make_summary()
    assert "3 Sep 2026 to 1 Dec 2026 (90 days). Made on 2 Dec 2026." in text
    assert f"{summary.checkins} check-ins, made on {summary.days_with_checkin} of the 90" in text
    assert f"Average mood {summary.mood_mean:.1f} of 5 (higher is better)" in text
    assert f"{summary.worry_mean:.1f} of 10 (lower is better)" in text
    assert "Last checkup: 2 Sep 2026 (oncologist visit). Next checkup: 10 Dec 2026 (CT" in text
    assert "Waiting for results 7.9 6" in text
    assert "8 Sep 2026 1 of 6 3 of 6 ● 22 Sep 2026 2 of 6 4 of 6 ●" in text
    assert "3 or more (marked ●) suggests talking with the care team" in text
    assert "it is not a diagnosis" in text
    assert "Drink water 90 70 8 6 6" in text
    assert "Walk <b>20 min</b> (3 times a week) 39 25 4 3 7" in text
    assert "Sleep: 6.7 hours a night on average" in text
    assert "not for emergencies" in text
    assert "Mood: weekly average (1 = awful, 5 = great). Higher is better." in text
    assert "Worry about cancer coming back: weekly average (0 = none, 10 = most)." in text
    assert "Energy: 5.9 of 10 on average (0 = none, 10 = plenty;" in text


def test_notes_questions_and_the_contact_are_shown_as_typed(written):
    text = _text(written[1])
    assert "Tired after the walk. <b>Not bold</b> & sore knees." in text
    assert "Tags: tired, pain" in text
    assert "Better. Tingling in fingers again." in text  # NUL and BEL became spaces
    assert "Is the tingling in my fingers <i>normal</i>?" in text
    assert "Can I start swimming again?" in text
    assert "Care team: Oak <Street> Clinic · Phone: +1 555 0100 · Out of hours: +1 555 0199" in text


def test_fonts_are_embedded_and_the_chart_is_drawn_not_pasted(written):
    reader = written[1]
    fonts = _fonts(reader)
    assert fonts
    for font in fonts:
        descendants = font.get("/DescendantFonts")
        described = _resolve(_resolve(descendants)[0]) if descendants else font
        descriptor = _resolve(described["/FontDescriptor"])
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert _images(reader) == []
    content = reader.pages[0].get_contents().get_data()
    assert len(re.findall(rb"\sl\n", content)) > 20  # line segments: the chart's axes and lines


@pytest.mark.parametrize(("page", "size"), [(A4, (595, 842)), (LETTER, (612, 792))])
def test_a4_and_letter(tmp_path, page, size):
    path = tmp_path / "summary.pdf"
    pages = write_summary_pdf(make_summary(), path, page)
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    assert pages <= 2


@pytest.mark.parametrize(
    ("language", "country", "letter"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, True),
        (QLocale.Language.English, QLocale.Country.Canada, True),
        (QLocale.Language.Spanish, QLocale.Country.Mexico, True),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, False),
        (QLocale.Language.German, QLocale.Country.Germany, False),
        (QLocale.Language.French, QLocale.Country.France, False),
    ],
)
def test_the_paper_follows_the_locale(language, country, letter):
    wanted = QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4
    assert locale_page_size(QLocale(language, country)).id() == wanted


def test_the_file_is_private_and_nothing_is_left_beside_it(written):
    path = written[0]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_full_disk_leaves_the_old_file_and_no_part_file(tmp_path, monkeypatch):
    path = tmp_path / "summary.pdf"
    path.write_bytes(b"the earlier summary")

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("planner.services.summary_pdf.os.fsync", full)
    with pytest.raises(OSError, match="space") as caught:
        write_summary_pdf(make_summary(), path, A4)
    assert caught.value.errno == errno.ENOSPC
    assert path.read_bytes() == b"the earlier summary"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_a_missing_folder_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_summary_pdf(make_summary(), tmp_path / "gone" / "summary.pdf", A4)


def test_it_is_made_on_a_worker_thread_of_the_task_runner(tmp_path, qtbot):
    runner = TaskRunner(lambda: None)
    threads: list[int] = []

    def work(_reader: None) -> int:
        threads.append(threading.get_ident())
        return write_summary_pdf(make_summary(), tmp_path / "summary.pdf", A4)

    task = runner.run(work, name="summary-pdf")
    with qtbot.waitSignal(task.finished, timeout=30_000) as done:
        pass
    runner.shutdown()
    assert done.args[0] <= 2
    assert threads
    assert threads[0] != threading.get_ident()
    assert "Page 1 of" in _text(PdfReader(tmp_path / "summary.pdf"))


def test_a_whole_year_is_told_by_month_under_a_chart_of_every_week():
    start = date(2025, 12, 2)
    year = make_summary(start=start, end=start + timedelta(days=365))
    assert len(year.weeks) == 53
    data, pages = render_summary_pdf(year, A4)
    assert pages <= 3
    text = _text(_reader(data))
    assert "Week of" not in text
    assert "Month Dec 2025 Jan 2026 Feb 2026" in text
    assert "Each week is counted in the month it starts in." in text
    doc = build_summary_document(year)
    assert doc.toPlainText().count("\ufffc") == 2  # mood's panel and worry's
    assert len(doc.documentLayout().handlerForObject(CHART_OBJECT).weeks) == 53  # every week


def test_it_prints_through_a_printer(tmp_path, qapp):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(A4)
    pages = print_summary(make_summary(), printer)
    assert pages <= 2
    assert "Page 1 of" in _text(PdfReader(tmp_path / "printed.pdf"))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_poppler_draws_every_page(written, tmp_path):
    path, _reader, pages = written
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")],
        check=True,
        timeout=60,
        capture_output=True,
    )
    assert len(list(tmp_path.glob("page-*.png"))) == pages


def _reader(data: bytes) -> PdfReader:
    import io

    return PdfReader(io.BytesIO(data))
