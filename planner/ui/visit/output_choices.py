"""Where the summary goes: the PDF file to save it as, the printer to print it on."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from planner.services.summary_pdf import MARGIN_MM, locale_page_size

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


#: The folder a summary was last saved in while the app runs (not kept as a setting).
_last_folder: Path | None = None


def default_pdf_path(made_on: date) -> Path:
    """ "~/Documents/checkup-summary-2026-12-02.pdf": in the folder last chosen in this run
    while it is there, else in Documents (the home folder without Documents)."""
    name = QCoreApplication.translate(
        "VisitSummaryDialog", "checkup-summary-{day}.pdf", "file name"
    ).format(day=made_on.isoformat())
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder / name
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / name


def ask_pdf_path(parent: QWidget, made_on: date) -> Path | None:
    """The file the person chose, ending in .pdf (its folder is offered next time); None
    when they cancelled."""
    global _last_folder
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("VisitSummaryDialog", "Save the summary as PDF"),
        str(default_pdf_path(made_on)),
        QCoreApplication.translate("VisitSummaryDialog", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    _last_folder = path.parent
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def choose_printer(parent: QWidget) -> QPrinter | None:
    """A printer set up by the system's print dialog (the locale's paper and our margins
    to start with); None when the person cancelled."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(locale_page_size())
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    printer.setDocName(QCoreApplication.translate("VisitSummaryDialog", "Checkup summary"))
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("SummaryPrintDialog")
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
