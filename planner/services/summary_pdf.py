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
    QTextCursor,
    QTextDocument,
    QTextFormat,
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


def paint_pages(summary: VisitSummary, device: QPagedPaintDevice) -> int:
    """Lay the summary out for ``device``'s page and paint every page with its footer;
    returns the number of pages. The device's page layout (size, margins) is used as set."""
    doc = build_summary_document(summary)
    layout = doc.documentLayout()
    layout.setPaintDevice(device)  # else the text is laid out at the screen's resolution
    body = device.pageLayout().paintRectPixels(device.logicalDpiX())
    footer = _footer_font()
    line = QFontMetricsF(footer, device).lineSpacing()
    footer_height = line * 2.2
    page = QSizeF(body.width(), body.height() - footer_height)
    doc.setPageSize(page)
    _keep_headings_with_text(doc, page.height())
    pages = doc.pageCount()
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


def _keep_headings_with_text(doc: QTextDocument, page_height: float) -> None:
    """Move a heading that would end a page onto the next one, with what it introduces."""
    layout = doc.documentLayout()
    for _ in range(12):  # each pass moves at most one heading; a few passes settle it
        block = doc.begin()
        moved = False
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.headingLevel() == 2 and not fmt.pageBreakPolicy():
                box = layout.blockBoundingRect(block)
                room = page_height - (box.top() % page_height)
                if room < box.height() * KEEP_WITH_HEADING:
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    # Qt lays out again only near the change and can leave the last
                    # blocks unplaced (not painted at all): lay the whole text out again.
                    doc.markContentsDirty(0, doc.characterCount())
                    moved = True
                    break
            block = block.next()
        if not moved:
            return


def _pdf_writer(target: QIODevice, page: QPageSize) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            page,
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
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
