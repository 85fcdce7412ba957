"""The visit summary on paper: paged onto a PDF file or a printer, with a footer on each
page ("Page 1 of 2", the app's name and the period).

The PDF holds real text with its fonts embedded, and the chart as vector drawing. The
file is written in full to a private temporary file beside the target, flushed to disk,
then moved into place (0600), so a full disk never leaves half a PDF under the name the
person chose. Everything here runs on a worker thread (the task runner): QtGui only,
no widgets, no pixmaps.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

from planner.domain.visit_summary import VisitSummary
from planner.services.summary_document import (
    APP_NAME,
    PAPER_POINT_SIZE,
    build_summary_document,
    period_text,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

__all__ = [
    "MARGIN_MM",
    "SummaryOutputError",
    "locale_page_size",
    "paged_document",
    "print_summary",
    "render_summary_pdf",
    "write_summary_pdf",
]

#: The page margins on every side; the footer sits inside the bottom one's paint area.
MARGIN_MM = 18.0
#: The PDF's resolution: fine enough that text and lines are placed precisely.
PDF_DPI = 600
#: A heading needs room for this many times its own height below it on the same page
#: (itself and the first lines of what it introduces), or it starts the next page.
KEEP_WITH_HEADING = 3.0
#: The footer's room under each page's text, in its lines.
FOOTER_LINES = 2.2
#: Kept clear at each page's top and end, so no page's text touches the next one's clip
#: edge (in Qt's pixels of a 96 dpi screen: 0.4 mm).
PAGE_EDGE = 1.5
#: A table split over two pages keeps at least this many rows under its header on each.
KEEP_ROWS = 2
#: A table of this many rows or fewer moves whole to the next page rather than split.
SHORT_TABLE_ROWS = 6
#: A table starting this near a page's top (a share of the page) already starts a page.
TOP_OF_PAGE = 0.03
#: Enough fixes at page ends for a year's summary; more means a fix that does not hold.
MAX_PAGING_FIXES = 60
#: Where letter paper is the custom (besides the US measurement system).
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
        QLocale.Country.DominicanRepublic,
        QLocale.Country.PuertoRico,
        QLocale.Country.ElSalvador,
        QLocale.Country.Nicaragua,
        QLocale.Country.Honduras,
    }
)


class SummaryOutputError(OSError):
    """The summary could not be painted onto the file or printer (Qt refused to start)."""


def locale_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale's country uses it, A4 everywhere else."""
    loc = locale if locale is not None else QLocale()
    letter = (
        loc.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        or loc.territory() in _LETTER_TERRITORIES
    )
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def _footer_font() -> QFont:
    font = QFont()
    font.setPointSizeF(PAPER_POINT_SIZE * 0.8)
    return font


def paged_document(summary: VisitSummary, device: QPagedPaintDevice) -> QTextDocument:
    """The summary laid out in pages for ``device`` (its page layout as set), the room for
    the footer left under each page's text (``pageSize``), every page end seen to."""
    doc = build_summary_document(summary)
    edges = doc.rootFrame().frameFormat()  # Qt keeps these clear at every page's top and end
    edges.setTopMargin(PAGE_EDGE)
    edges.setBottomMargin(PAGE_EDGE)
    doc.rootFrame().setFrameFormat(edges)
    doc.documentLayout().setPaintDevice(device)  # else laid out at the screen's resolution
    body = device.pageLayout().paintRectPixels(device.logicalDpiX())
    line = QFontMetricsF(_footer_font(), device).lineSpacing()
    doc.setPageSize(QSizeF(body.width(), body.height() - line * FOOTER_LINES))
    _lay_out_pages(doc, doc.pageSize().height())
    return doc


def paint_pages(summary: VisitSummary, device: QPagedPaintDevice) -> int:
    """Lay the summary out for ``device``'s page and paint every page with its footer;
    returns the number of pages. The device's page layout (size, margins) is used as set."""
    doc = paged_document(summary, device)
    footer = _footer_font()
    line, page, pages = QFontMetricsF(footer, device).lineSpacing(), doc.pageSize(), doc.pageCount()
    label = QCoreApplication.translate("VisitSummary", "{app} · Checkup summary, {period}").format(
        app=APP_NAME, period=period_text(summary.start, summary.end)
    )
    painter = QPainter()
    if not painter.begin(device):
        raise SummaryOutputError("the page could not be started")
    try:
        for number in range(pages):
            if number:
                device.newPage()
            _paint_page(painter, doc, number, page)
            footer_box = QRectF(0, page.height() + line * 0.8, page.width(), line * 1.4)
            painter.setPen(QPen(QColor("#c3cfcd"), max(line / 20, 0.5)))
            painter.drawLine(footer_box.topLeft(), footer_box.topRight())
            painter.setFont(footer)
            painter.setPen(QColor("#45504e"))
            counted = QCoreApplication.translate("VisitSummary", "Page {page} of {pages}").format(
                page=QLocale().toString(number + 1), pages=QLocale().toString(pages)
            )
            align = Qt.AlignmentFlag.AlignBottom
            painter.drawText(footer_box, int(align | Qt.AlignmentFlag.AlignLeft), label)
            painter.drawText(footer_box, int(align | Qt.AlignmentFlag.AlignRight), counted)
    finally:
        painter.end()
    return pages


def _paint_page(painter: QPainter, doc: QTextDocument, number: int, page: QSizeF) -> None:
    """One page of the document: shifted up by the pages before it and clipped to it."""
    painter.save()
    top = number * page.height()
    painter.translate(0, -top)
    clip = QRectF(0, top, page.width(), page.height())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette.setColor(context.palette.ColorRole.Text, QColor("#1d2524"))
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _lay_out_pages(doc: QTextDocument, page_height: float) -> None:
    """Fix what would look wrong at a page's end, one thing at a time from the top, until
    nothing does: a heading ending a page, a table running over a page's end."""
    for _ in range(MAX_PAGING_FIXES):
        if not _fix_first(doc, page_height):
            return
        # Qt lays out again only near a change and can leave the last blocks unplaced.
        doc.markContentsDirty(0, doc.characterCount())


def _fix_first(doc: QTextDocument, page_height: float) -> bool:
    """Fix the first heading or table in the text that needs it; False when none does."""
    before: QTextBlock | None = None  # the block just before a table: its heading?
    item = doc.rootFrame().begin()
    while not item.atEnd():
        frame = item.currentFrame()
        if isinstance(frame, QTextTable):
            if _fix_table(doc, frame, before, page_height):
                return True
            before = None
        elif frame is None:
            block = item.currentBlock()
            if _fix_heading(doc, block, page_height):
                return True
            before = block
        item += 1
    return False


def _is_heading(block: QTextBlock | None) -> bool:
    return block is not None and block.blockFormat().headingLevel() == 2


def _break_before(target: QTextBlock | QTextTable) -> None:
    """Start a new page with ``target`` (a heading's block or a table)."""
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    if isinstance(target, QTextTable):
        table_format = target.format()
        table_format.setPageBreakPolicy(always)
        target.setFormat(table_format)
    else:
        block_format = target.blockFormat()
        block_format.setPageBreakPolicy(always)
        QTextCursor(target).setBlockFormat(block_format)


def _fix_heading(doc: QTextDocument, block: QTextBlock, page_height: float) -> bool:
    """A heading with too little room under it on its page, or whose text starts on the
    next page (Qt moved a table or the chart there), moves to the next page too."""
    if not _is_heading(block) or block.blockFormat().pageBreakPolicy():
        return False
    layout = doc.documentLayout()
    box = layout.blockBoundingRect(block)
    room = page_height - (box.top() % page_height) >= box.height() * KEEP_WITH_HEADING
    text = layout.blockBoundingRect(block.next()).top()  # the first cell's, for a table
    if room and text // page_height == box.top() // page_height:
        return False
    _break_before(block)
    return True


def _fix_table(
    doc: QTextDocument, table: QTextTable, before: QTextBlock | None, page_height: float
) -> bool:
    """A table running over a page's end: split between rows, the rest under a copy of its
    header on the next page; moved whole (with its heading) when it is short or only a
    row would stay behind, and it fits on a page. Qt's own split cuts a tall row in two
    and draws the sides of the page's last row down to its end, with no line under it."""
    layout = doc.documentLayout()
    box = layout.frameBoundingRect(table)
    page = box.top() // page_height
    if (box.bottom() - 1) // page_height == page:
        return False
    head, rows = table.format().headerRowCount(), table.rows()
    over = (r for r in range(head, rows) if _row_end(layout, table, r) // page_height > page)
    cut = next(over, rows)  # the first row that does not end on this page
    if cut == rows:
        return False  # every row is on this page: only the space under the table is over
    heading = before if _is_heading(before) else None
    policy = heading.blockFormat() if heading is not None else table.format()
    at_top = box.top() - page * page_height < page_height * TOP_OF_PAGE
    starts_page = at_top or bool(policy.pageBreakPolicy())  # another break: a blank page
    kept = cut - head
    fits = box.height() < page_height * (1 - TOP_OF_PAGE)  # on a page of its own, whole
    small = kept < KEEP_ROWS or rows - head <= SHORT_TABLE_ROWS
    if not starts_page and (kept < 1 or (fits and small)):
        _break_before(heading if heading is not None else table)
        return True
    short_by = KEEP_ROWS - (rows - cut)
    if short_by > 0 and kept - short_by >= KEEP_ROWS:
        cut -= short_by  # no row left alone at the top of the next page
    if cut <= head:
        return False  # a row taller than a page: Qt's own split is all there is
    _split_table(doc, table, cut)
    return True


def _row_end(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int) -> float:
    """Where the row's last line ends (Qt goes on with a tall row on the next page)."""
    cells = (table.cellAt(row, column) for column in range(table.columns()))
    ends = (layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells)
    return max(ends) - 0.01


def _split_table(doc: QTextDocument, table: QTextTable, cut: int) -> None:
    """Move the rows from ``cut`` into a new table under a copy of the header rows, after
    an empty line of almost no height: Qt starts it on the next page, as its first row
    does not fit here (if its header does, the next fix moves it)."""
    rows, columns = table.rows(), table.columns()
    head = table.format().headerRowCount()
    rest_format = table.format()
    rest_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    ends_page = table.format()
    ends_page.setBottomMargin(0)  # its margin must not reach over the page's end
    table.setFormat(ends_page)
    cursor = QTextCursor(doc)
    cursor.setPosition(table.lastPosition() + 1)  # the empty block after the table
    after = cursor.blockFormat()
    rest = cursor.insertTable(head + rows - cut, columns, rest_format)
    QTextCursor(doc.findBlock(rest.lastPosition() + 1)).setBlockFormat(after)
    gap = QTextCursor(doc.findBlock(table.lastPosition() + 1))
    tiny = QTextCharFormat()
    tiny.setFontPointSize(1)
    gap.setBlockCharFormat(tiny)
    for new_row, row in enumerate([*range(head), *range(cut, rows)]):
        for column in range(columns):
            _copy_cell(doc, table.cellAt(row, column), rest.cellAt(new_row, column))
    table.removeRows(cut, rows - cut)


def _copy_cell(doc: QTextDocument, source: QTextTableCell, target: QTextTableCell) -> None:
    """The cell's look (background, padding), its paragraph's (alignment) and its text."""
    target.setFormat(source.format())
    start = source.firstCursorPosition()
    into = target.firstCursorPosition()
    into.setBlockFormat(start.blockFormat())  # a fragment does not bring its first block's
    into.setBlockCharFormat(start.blockCharFormat())
    selection = QTextCursor(doc)
    selection.setPosition(source.firstPosition())
    selection.setPosition(source.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    into.insertFragment(selection.selection())


def _pdf_writer(target: QIODevice, page: QPageSize) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(PDF_DPI)
    portrait, mm = QPageLayout.Orientation.Portrait, QPageLayout.Unit.Millimeter
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(QPageLayout(page, portrait, margins, mm))
    writer.setTitle(QCoreApplication.translate("VisitSummary", "Checkup summary"))
    writer.setCreator(APP_NAME)
    return writer


def render_summary_pdf(summary: VisitSummary, page: QPageSize | None = None) -> tuple[bytes, int]:
    """The summary as PDF bytes, and its number of pages (page: the locale's by default)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, page if page is not None else locale_page_size())
    pages = paint_pages(summary, writer)
    del writer  # the writer finishes the file when painting ends; let it go first
    buffer.close()
    return bytes(buffer.data().data()), pages


def write_summary_pdf(
    summary: VisitSummary, path: str | os.PathLike[str], page: QPageSize | None = None
) -> int:
    """Save the summary as a PDF at ``path`` (0600, replacing a file there); returns the
    number of pages. Raises OSError (disk full, no permission, no such folder ...)."""
    data, pages = render_summary_pdf(summary, page)
    _write_private(Path(path), data)
    return pages


def _write_private(target: Path, data: bytes) -> None:
    """Write to a temporary file beside ``target``, flush it to disk, then move it in."""
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    with contextlib.suppress(OSError):  # the move itself survives a power cut
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def print_summary(summary: VisitSummary, printer: QPrinter) -> int:
    """Print the summary on ``printer`` as the print dialog left it; returns the pages."""
    return paint_pages(summary, printer)
