"""The visit summary as a QTextDocument (headings, small tables, the weekly chart) for the
preview, the PDF and the printer. Observations only: means, counts and dates, with which
way of each scale is better said in words; never a cause or a diagnosis. Everything the
person typed is cleaned of control characters and escaped, so ``<b>`` shows as typed."""

from __future__ import annotations

import html
import math
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import zip_longest

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument, QTextOption

from planner.domain.journal import Phase, SleepQuality
from planner.domain.model import ScheduleKind
from planner.domain.screens import POSITIVE_AT, ScreenKind, ScreenResult
from planner.domain.visit_summary import SCREEN_TOTAL_MAX, CareNote, ItemRecord, VisitSummary
from planner.services.summary_chart import (
    SummaryCounts,
    decimal,
    format_day,
    insert_chart,
    kind_word,
    mood_word,
    period_text,
    register_chart,
    table_columns,
    whole,
)

#: Qt's translate under a short name (lupdate finds ``translate("Context", "text")``).
translate = QCoreApplication.translate

__all__ = ["APP_NAME", "build_summary_document", "format_day", "period_text", "summary_html"]

#: The product's name: a proper name, the same in every language.
APP_NAME = "Between Checkups"
#: A note longer than this is shortened on paper (the whole note stays in the app).
NOTE_LIMIT = 700
#: The weekly numbers are shown this many weeks to a table.
WEEKS_PER_TABLE = 14
#: More dates of the questions every two weeks than this are shown in two sets of columns.
SCREEN_ROWS = 7
#: Where the chart goes: a private-use character, taken out of everything the person typed.
_CHART_MARK = "\ue000"
#: The base font size on paper.
PAPER_POINT_SIZE = 9.5

_STYLE = """
body { color: #1d2524; }
h1 { font-size: xx-large; font-weight: 600; color: #1f5f5b; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: large; font-weight: 600; color: #1f5f5b; margin-top: 12px; margin-bottom: 3px; }
p, ol { margin-top: 0px; margin-bottom: 3px; }
.meta { color: #45504e; }
.small { font-size: small; color: #45504e; }
.mark { font-weight: 600; }
table { border-collapse: collapse; margin-top: 2px; margin-bottom: 4px; }
th { background-color: #e6efed; font-weight: 600; text-align: left; }
th, td { border: 1px solid #c3cfcd; padding: 2px 5px 2px 5px; }
td.n, th.n { text-align: right; }
"""


def _e(text: str) -> str:
    """Our own words (or the locale's) as HTML text."""
    return html.escape(text, quote=False)


def _clean(text: str, limit: int | None = None) -> str:
    """The person's words as HTML text: control and private-use characters become
    spaces, line breaks stay, a text over ``limit`` characters is cut with an ellipsis."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(
        ch if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs", "Co") else " "
        for ch in text.replace("\ufffc", " ")
    ).strip()
    if limit is not None and len(kept) > limit:
        kept = kept[: limit - 1].rstrip() + "…"
    return html.escape(kept, quote=True).replace("\n", "<br>")


def _fill(template: str, **values: str) -> str:
    """A translated sentence as HTML, its placeholders filled with HTML already escaped."""
    return _e(template).format(**values)


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _p(body_html: str, cls: str = "") -> str:
    return f'<p class="{cls}">{body_html}</p>' if cls else f"<p>{body_html}</p>"


def _table(
    head: Iterable[str], rows: Iterable[Sequence[str]], numeric: Iterable[int], widths: str = ""
) -> str:
    """A full-width table of HTML cells; the columns in ``numeric`` align right; ``widths``:
    the columns' shares of the width in percent ("15 8 8"), for as many as are given."""
    right, share = set(numeric), widths.split()

    def cells(tag: str, values: Iterable[str]) -> str:
        return "".join(
            f"<{tag}{' class=n' if i in right else ''}"
            f"{f' width={share[i]}%' if tag == 'th' and i < len(share) else ''}>{v}</{tag}>"
            for i, v in enumerate(values)
        )

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return (
        '<table width="100%" cellspacing="0" cellpadding="0">'
        f"<thead><tr>{cells('th', (_e(h) for h in head))}</tr></thead>{body}</table>"
    )


def _header(s: VisitSummary) -> str:
    title = translate("VisitSummary", "Checkup summary")
    period = SummaryCounts().period(s.days)
    made = _fill(period, period=_e(period_text(s.start, s.end)), made=_e(format_day(s.made_on)))
    parts = [f"<h1>{_e(title)}</h1>", _p(made, "meta")]
    last = translate("VisitSummary", "Last checkup: {day} ({what}).")
    ahead = translate("VisitSummary", "Next checkup: {day} ({what}).")
    known = [
        _fill(words, what=_clean(c.title) or _e(kind_word(c.kind)), day=_e(format_day(c.day)))
        for words, c in ((last, s.last_checkup), (ahead, s.next_checkup))
        if c is not None
    ]
    if known:
        parts.append(_p(" ".join(known), "meta"))
    return "".join(parts) + _contact(s)


def _contact(s: VisitSummary) -> str:
    """The care team's name and phones on one line, what the app is not for beside it."""
    c = s.contact
    lines = []
    if c.name:
        lines.append(_fill(translate("VisitSummary", "Care team: {name}"), name=_clean(c.name)))
    if c.phone:
        lines.append(_fill(translate("VisitSummary", "Phone: {phone}"), phone=_clean(c.phone)))
    if late := _clean(c.after_hours):
        lines.append(_fill(translate("VisitSummary", "Out of hours: {phone}"), phone=late))
    if not lines:
        lines.append(_e(translate("VisitSummary", "No care team contact was entered in the app.")))
    safety = translate(
        "VisitSummary",
        "{app} is not for emergencies, and nobody reads what is written in it. In an "
        "emergency, call your local emergency number.",
    )
    intro = translate(
        "VisitSummary",
        "Made by the person in the {app} app from their own check-ins. It shows what was "
        "recorded: not causes, and not a diagnosis.",
    )
    small = _fill(safety, app=_e(APP_NAME)) + " " + _fill(intro, app=_e(APP_NAME))
    return _p(" · ".join(lines), "meta") + _p(small, "small")


def _mood_worry(s: VisitSummary) -> str:
    parts = [_h2(translate("VisitSummary", "Mood and worry"))]
    if not s.checkins:
        none = translate("VisitSummary", "No check-ins were made in this period.")
        return parts[0] + _p(_e(none))
    count = SummaryCounts().checkins(s.checkins)
    means = translate(
        "VisitSummary",
        "Average mood {mood} of 5 (higher is better). Average worry about cancer coming "
        "back {worry} of 10 (lower is better).",
    )
    said = _fill(count, days=whole(s.days_with_checkin), total=whole(s.days))
    said += " " + _fill(means, mood=decimal(s.mood_mean), worry=decimal(s.worry_mean))
    parts += [_p(said), _p(_CHART_MARK)]
    by_month, columns = table_columns(s.weeks)
    labels = (
        translate("VisitSummary", "Month") if by_month else translate("VisitSummary", "Week of"),
        translate("VisitSummary", "Mood"),
        translate("VisitSummary", "Worry"),
        translate("VisitSummary", "Check-ins"),
    )
    tables = 1 if by_month else math.ceil(len(columns) / WEEKS_PER_TABLE)
    size = math.ceil(len(columns) / tables)  # even tables: 8 and 7 weeks, not 14 and 1
    for at in range(0, len(columns), size):
        chunk = columns[at : at + size]
        rows = [
            [_e(labels[1]), *(decimal(c.mood) for c in chunk)],
            [_e(labels[2]), *(decimal(c.worry) for c in chunk)],
            [_e(labels[3]), *(whole(c.checkins) for c in chunk)],
        ]
        head = [labels[0], *(c.label for c in chunk)]
        widths = "13" + f" {87 / len(chunk):.2f}" * len(chunk)  # even columns, whatever the text
        parts.append(_table(head, rows, range(1, len(chunk) + 1), widths))
    if by_month:
        note = translate("VisitSummary", "Each week is counted in the month it starts in.")
        parts.append(_p(_e(note), "small"))
    return "".join(parts)


def _phases(s: VisitSummary) -> str:
    if s.last_checkup is None or not s.worry_by_phase:
        return ""
    heading = translate("VisitSummary", "Worry around the last checkup ({day})")
    names = {
        Phase.BEFORE: translate("VisitSummary", "The 14 days before"),
        Phase.WAITING: translate("VisitSummary", "Waiting for results"),
        Phase.AFTER: translate("VisitSummary", "The 14 days after the results"),
    }
    head = [
        translate("VisitSummary", "When"),
        translate("VisitSummary", "Average worry (0 = none, 10 = most)"),
        translate("VisitSummary", "Check-ins"),
    ]
    rows = [
        [_e(names.get(p.phase, "")), decimal(p.mean), whole(p.checkins)] for p in s.worry_by_phase
    ]
    table = _table(head, rows, (1, 2), "35 45")
    parts = [_h2(heading.format(day=format_day(s.last_checkup.day))), table]
    if s.last_checkup.results_on is None:
        note = translate("VisitSummary", "No results date was entered for that checkup.")
        parts.append(_p(_e(note), "small"))
    return "".join(parts)


def _screen_cell(result: ScreenResult | None) -> str:
    if result is None:
        return "–"
    total = translate("VisitSummary", "{total} of {most}")
    text = _fill(total, total=whole(result.total), most=whole(SCREEN_TOTAL_MAX))
    return f'<span class="mark">{text} ●</span>' if result.positive else text


def _screens(s: VisitSummary) -> str:
    heading = _h2(translate("VisitSummary", "Questions every two weeks (PHQ-2 and GAD-2)"))
    if not s.screens:
        none = translate("VisitSummary", "These questions were not answered in this period.")
        return heading + _p(_e(none))
    by_day: dict[date, dict[ScreenKind, ScreenResult]] = {}
    for result in s.screens:
        by_day.setdefault(result.day, {})[result.kind] = result
    phq, gad = ScreenKind.PHQ2, ScreenKind.GAD2
    rows = [
        [_e(format_day(day)), _screen_cell(got.get(phq)), _screen_cell(got.get(gad))]
        for day, got in by_day.items()
    ]
    meaning = translate(
        "VisitSummary",
        "Each total is 0 to 6. A total of {at} or more (marked ●) suggests talking with the "
        "care team about how things have been; it is not a diagnosis. PHQ-2 and GAD-2 were "
        "made by Kroenke, Spitzer, Williams and colleagues.",
    )
    head, widths = [translate("VisitSummary", "Date"), "PHQ-2", "GAD-2"], "20 40"
    if len(rows) > SCREEN_ROWS:  # a long period: two sets of columns side by side
        half = math.ceil(len(rows) / 2)
        rows = [a + b for a, b in zip_longest(rows[:half], rows[half:], fillvalue=["", "", ""])]
        head, widths = head * 2, "16 17 17 16 17"
        meaning = (
            translate(
                "VisitSummary",
                "PHQ-2 asks about low mood and little interest; GAD-2 about nerves and worrying.",
            )
            + " "
            + meaning
        )
    else:
        head[1] = translate("VisitSummary", "PHQ-2 (low mood, little interest)")
        head[2] = translate("VisitSummary", "GAD-2 (nerves, worrying)")
    return (
        heading
        + _table(head, rows, (), widths)
        + _p(_fill(meaning, at=whole(POSITIVE_AT)), "small")
    )


def _item_name(record: ItemRecord) -> str:
    extra = []
    if record.kind is ScheduleKind.TIMES_PER_WEEK and (times := record.per_week):
        extra.append(SummaryCounts().per_week(times))
    if record.archived:
        extra.append(translate("VisitSummary", "no longer on the list"))
    more = f' <span class="small">({_e(", ".join(extra))})</span>' if extra else ""
    return _clean(record.title) + more


def _items(s: VisitSummary) -> str:
    if not s.items:
        return ""
    head = [
        translate("VisitSummary", "Checklist item"),
        translate("VisitSummary", "Planned"),
        translate("VisitSummary", "Done"),
        translate("VisitSummary", "Partly"),
        translate("VisitSummary", "Skipped"),
        translate("VisitSummary", "No answer"),
    ]
    rows = [
        [_item_name(r), *(whole(n) for n in (r.planned, r.done, r.partly, r.skipped, r.no_answer))]
        for r in s.items
    ]
    note = translate(
        "VisitSummary",
        "Planned: how many times the item was planned in this period. A skip is not a "
        "failure; it can be the right choice on a hard day.",
    )
    heading = _h2(translate("VisitSummary", "How the checklist went"))
    table = _table(head, rows, range(1, 6), "36 12 12 12 12")
    return heading + table + _p(_e(note), "small")


def _sleep_energy(s: VisitSummary) -> str:
    lines = []
    nights, rated = s.sleep_count, s.energy_count
    if nights:
        sleep = SummaryCounts().sleep(nights)
        lines.append(_fill(sleep, hours=decimal(s.sleep_hours_mean)))
    if s.sleep_quality:
        words = {
            SleepQuality.POORLY: translate("VisitSummary", "slept poorly: {n}"),
            SleepQuality.OKAY: translate("VisitSummary", "slept okay: {n}"),
            SleepQuality.WELL: translate("VisitSummary", "slept well: {n}"),
        }
        told = ", ".join(_fill(words[q], n=whole(n)) for q, n in s.sleep_quality)
        how = translate("VisitSummary", "How well, in check-ins: {counts}.")
        lines.append(_fill(how, counts=told))
    if rated:
        energy = SummaryCounts().energy(rated)
        lines.append(_fill(energy, energy=decimal(s.energy_mean)))
    if not lines:
        return ""
    heading = _h2(translate("VisitSummary", "Sleep and energy"))
    return heading + "".join(_p(line) for line in lines)


def _note_row(note: CareNote) -> list[str]:
    text = _clean(note.note, NOTE_LIMIT) or "–"
    if note.tags:
        tags = translate("VisitSummary", "Tags: {tags}")
        listed = ", ".join(_clean(t) for t in note.tags)
        text += f'<br><span class="small">{_fill(tags, tags=listed)}</span>'
    return [_e(format_day(note.day)), _e(mood_word(note.mood)), whole(note.worry), text]


def _care_notes(s: VisitSummary) -> str:
    heading = _h2(translate("VisitSummary", "Check-ins marked for the care team"))
    if not s.care_notes:
        return heading + _p(_e(translate("VisitSummary", "None in this period.")))
    head = [
        translate("VisitSummary", "Date"),
        translate("VisitSummary", "Mood"),
        translate("VisitSummary", "Worry (0–10)"),
        translate("VisitSummary", "Note"),
    ]
    return heading + _table(head, [_note_row(n) for n in s.care_notes], (2,), "15 9 13")


def _questions(s: VisitSummary) -> str:
    heading = _h2(translate("VisitSummary", "Questions for this visit"))
    if not s.questions:
        none = translate("VisitSummary", "No questions were written down.")
        return heading + _p(_e(none))
    return heading + "<ol>" + "".join(f"<li>{_clean(q.text)}</li>" for q in s.questions) + "</ol>"


def summary_html(summary: VisitSummary) -> str:
    """The summary in the HTML subset QTextDocument reads (the chart is a mark here)."""
    # What matters most at the visit first: the questions and the notes for the care team.
    parts = (_header, _questions, _care_notes, _mood_worry, _phases, _screens, _items)
    body = "".join(part(summary) for part in (*parts, _sleep_energy))
    return f"<html><body>{body}</body></html>"


def build_summary_document(
    summary: VisitSummary, *, font: QFont | None = None, margin: float = 0.0
) -> QTextDocument:
    """The summary as a document with its chart; ``font`` sets the base size (paper's by
    default). Safe on a worker thread: it has no parent, so it can be moved to another."""
    doc = QTextDocument()
    base = QFont(font) if font is not None else QFont()
    if font is None:
        base.setPointSizeF(PAPER_POINT_SIZE)
    doc.setDefaultFont(base)
    doc.setDocumentMargin(margin)
    doc.setDefaultStyleSheet(_STYLE)
    wrap = doc.defaultTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long links too
    doc.setDefaultTextOption(wrap)
    register_chart(doc, summary.weeks)
    doc.setHtml(summary_html(summary))
    found = doc.find(_CHART_MARK)
    if not found.isNull():
        insert_chart(found)
    title = translate("VisitSummary", "Checkup summary")
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc
