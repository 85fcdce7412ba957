"""The visit summary's page ends: no table runs into the footer, no row is cut, a table
split over two pages repeats its header (a short one moves whole), no heading ends a page,
no page is left blank, and nothing is lost. Three and six months fit on two pages."""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, date, datetime, time, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextTable

from planner.domain.journal import Checkup, CheckupKind, Phase
from planner.domain.model import ScheduleKind
from planner.domain.questions import Question
from planner.domain.screens import ScreenKind, ScreenResult
from planner.domain.visit_summary import (
    CareContact,
    CareNote,
    ItemRecord,
    PhaseWorry,
    VisitSummary,
    WeekMeans,
)
from planner.services.summary_pdf import (
    KEEP_ROWS,
    MARGIN_MM,
    SHORT_TABLE_ROWS,
    paged_document,
    render_summary_pdf,
)

START = date(2026, 6, 10)
ZONE = "Europe/Berlin"
A4 = QPageSize(QPageSize.PageSizeId.A4)
FOOTER = "Between Checkups · Checkup summary"
HEADINGS = (
    "Questions for this visit",
    "Check-ins marked for the care team",
    "Mood and worry",
    "Worry around the last checkup (9 Jun 2026)",
    "Questions every two weeks (PHQ-2 and GAD-2)",
    "How the checklist went",
    "Sleep and energy",
)
#: Every table's first row: the header of one of the summary's tables.
TABLE_HEADS = ("Date", "Week of", "Month", "When", "Checklist item")


@pytest.fixture(autouse=True)
def _english(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _summary(
    days: int = 90, notes: int = 3, words: int = 12, items: int = 12, questions: int = 3
) -> VisitSummary:
    """A summary of ``days`` days: every week, a pair of screens every two weeks, ``notes``
    care-team notes of ``words`` words, ``items`` checklist items, ``questions``."""
    end = START + timedelta(days=days - 1)
    weeks = tuple(
        WeekMeans(d, min(d + timedelta(days=6), end), 1 + n % 5, n % 11, 7)
        for n in range(days // 7 + 1)
        if (d := START + timedelta(days=7 * n)) <= end
    )
    screens = []
    for k in range(days // 14):
        day = START + timedelta(days=14 * k + 6)
        at = datetime.combine(day, time(18), tzinfo=UTC)
        screens.append(ScreenResult(ScreenKind.PHQ2, (k % 4, 0), day, at, ZONE))
        screens.append(ScreenResult(ScreenKind.GAD2, (1, k % 3), day, at, ZONE))
    return VisitSummary(
        start=START,
        end=end,
        made_on=end,
        zone=ZONE,
        weeks=weeks,
        checkins=len(weeks) * 7,
        days_with_checkin=days,
        mood_mean=3.1,
        worry_mean=4.8,
        worry_by_phase=tuple(PhaseWorry(p, 5.0, 9) for p in (Phase.BEFORE, Phase.AFTER)),
        screens=tuple(screens),
        items=tuple(
            ItemRecord(n, f"Item {n}", ScheduleKind.DAILY, days, days - 9, 3, 4, 2)
            for n in range(items)
        ),
        sleep_hours_mean=6.9,
        sleep_count=days,
        sleep_quality=(),
        energy_mean=5.0,
        energy_count=days,
        care_notes=tuple(
            CareNote(START + timedelta(days=n), 2, 7, f"Note {n}: " + "walked and " * words, ())
            for n in range(notes)
        ),
        questions=tuple(Question(f"Question {n}?", n, id=n + 1) for n in range(questions)),
        last_checkup=Checkup(START - timedelta(days=1), CheckupKind.SCAN, ZONE, id=1),
        next_checkup=None,
        contact=CareContact("Oak Clinic", "555 0100", "555 0199"),
    )


@pytest.fixture
def laid_out():
    """Lays a summary out in pages as the PDF does (the writer kept while it is read)."""
    kept = []

    def lay_out(summary: VisitSummary) -> QTextDocument:
        buffer = QBuffer(QByteArray())
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(600)
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        portrait = QPageLayout.Orientation.Portrait
        writer.setPageLayout(QPageLayout(A4, portrait, margins, QPageLayout.Unit.Millimeter))
        doc = paged_document(summary, writer)
        kept.append((buffer, writer, doc))
        return doc

    return lay_out


def _tables(doc: QTextDocument) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _cell_text(table: QTextTable, row: int, column: int = 0) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastPosition(), cursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _pages_of(doc: QTextDocument, table: QTextTable) -> set[int]:
    """The pages each row of ``table`` reaches, from its top to its last line."""
    layout, height = doc.documentLayout(), doc.pageSize().height()
    pages = set()
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            top = layout.blockBoundingRect(cell.firstCursorPosition().block()).top()
            bottom = layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom()
            pages |= {int(top // height), int((bottom - 0.01) // height)}
    return pages


def _page_texts(summary: VisitSummary) -> list[str]:
    data, pages = render_summary_pdf(summary, A4)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == pages
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages]


SHAPES = [
    {"notes": notes, "items": items} for notes in (0, 2, 5, 11) for items in (1, 6, 12, 20, 33)
] + [{"days": days, "notes": 14, "words": 30} for days in (120, 181, 366)]
SHAPES += [{"notes": notes, "words": 62, "items": 3} for notes in (4, 5, 9)]  # 700 letters
SHAPES += [  # where Qt moves a table or the chart on without the heading above it
    {"notes": notes, "words": words, "questions": questions}
    for notes, words, questions in ((4, 5, 2), (6, 5, 5), (2, 14, 5), (5, 14, 2))
]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: "-".join(map(str, s.values())))
def test_every_table_keeps_to_one_page_under_its_own_header(laid_out, shape):
    doc = laid_out(_summary(**shape))
    tables = _tables(doc)
    for table in tables:
        assert len(_pages_of(doc, table)) == 1  # never over a page's end: no row is cut
        assert table.format().headerRowCount() == 1
        assert _cell_text(table, 0) in TABLE_HEADS
    height = doc.pageSize().height()
    block = doc.begin()
    while block.isValid():  # a heading is on the page its text starts on
        if block.blockFormat().headingLevel() == 2:
            here, text = (
                doc.documentLayout().blockBoundingRect(b).top() for b in (block, block.next())
            )
            assert here // height == text // height, block.text()
        block = block.next()
    for first, second in zip(tables, tables[1:], strict=False):
        if _cell_text(first, 0, 1) == _cell_text(second, 0, 1):  # one table split in two
            assert min(_pages_of(doc, second)) == max(_pages_of(doc, first)) + 1
            rows = (first.rows() - 1, second.rows() - 1)
            tall = sum(_height(doc, t) for t in (first, second)) > height * 0.9
            if not tall:  # a table that fits on a page is split only when long
                assert sum(rows) > SHORT_TABLE_ROWS
                assert min(rows) >= KEEP_ROWS


def _height(doc: QTextDocument, table: QTextTable) -> float:
    return doc.documentLayout().frameBoundingRect(table).height()


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: "-".join(map(str, s.values())))
def test_no_page_ends_with_a_heading_or_is_blank_and_nothing_is_lost(shape):
    summary = _summary(**shape)
    texts = _page_texts(summary)
    for text in texts:
        body = text[: text.rindex(FOOTER)].strip()
        assert body  # no blank page
        assert not body.endswith(HEADINGS), body[-80:]
    whole = " ".join(texts)
    for n in range(len(summary.items)):
        assert f"Item {n} {summary.days} " in whole
    for n in range(len(summary.care_notes)):
        assert f"Note {n}: walked" in whole
    last = texts[-1][: texts[-1].rindex(FOOTER)]
    assert last.rstrip().endswith(f"from {summary.days} check-ins).")  # the end is painted


def test_a_long_checklist_goes_on_under_its_header_on_the_next_page():
    texts = [t for t in _page_texts(_summary(notes=8, items=60)) if "Item " in t]
    head = "Checklist item Planned Done Partly Skipped No answer Item"
    assert len(texts) >= 2
    assert all(head in text for text in texts)
    assert texts[1].startswith(head)


@pytest.mark.parametrize(
    "shape",
    [
        {"days": 90, "notes": 8, "words": 10, "questions": 5},
        {"days": 181, "notes": 11, "words": 6, "questions": 3},
    ],
    ids=["three-months", "six-months"],
)
def test_three_and_six_months_fit_on_two_pages(shape):
    assert len(_page_texts(_summary(**shape))) == 2


def test_an_empty_period_says_so_on_one_page():
    empty = VisitSummary(
        start=START,
        end=START + timedelta(days=30),
        made_on=START + timedelta(days=30),
        zone=ZONE,
        weeks=(),
        checkins=0,
        days_with_checkin=0,
        mood_mean=None,
        worry_mean=None,
        worry_by_phase=(),
        screens=(),
        items=(),
        sleep_hours_mean=None,
        sleep_count=0,
        sleep_quality=(),
        energy_mean=None,
        energy_count=0,
        care_notes=(),
        questions=(),
        last_checkup=None,
        next_checkup=None,
        contact=CareContact(),
    )
    (text,) = _page_texts(empty)
    assert "No check-ins were made in this period." in text
    assert "These questions were not answered in this period." in text
    assert "No questions were written down." in text
    assert "No care team contact was entered in the app." in text
    assert "not for emergencies" in text
