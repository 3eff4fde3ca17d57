"""Printing the program's PDF documents: a print preview and the system print dialog.

The services make every document as a PDF (reportlab). Printing renders its pages with
PDFium (pypdfium2) into images at the printer's resolution, at most :data:`MAX_DPI`,
and paints them onto a ``QPrinter`` page by page, each on a page of the PDF page's size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pypdfium2 as pdfium
from PySide6.QtCore import QObject, QPoint, QRect, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

# Enough for sharp text and barcodes; a full A4 page at 300 dpi is a 25 MB image, at a
# printer's 1200 dpi it would be 400 MB.
MAX_DPI = 300


def pdf_page_images(data: bytes, dpi: float) -> Iterator[QImage]:
    """The PDF's pages as RGB images rendered at ``dpi``, one at a time."""
    document = pdfium.PdfDocument(data)
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
                yield QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB888,
                ).copy()  # the bitmap's memory goes with the page
            finally:
                page.close()
    finally:
        document.close()


def pdf_page_sizes(data: bytes) -> list[QSizeF]:
    """Each page's size in points."""
    document = pdfium.PdfDocument(data)
    try:
        return [QSizeF(*document[i].get_size()) for i in range(len(document))]
    finally:
        document.close()


def available_printers() -> list[str]:
    """The names of the printers the system knows."""
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


class PdfPrinter(QObject):
    """Prints PDF bytes through Qt: the print dialog, the print preview, or a given printer.

    Attributes:
        run_dialog: Runs a modal dialog and returns its result (tests replace it).
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self._preview_printer: QPrinter | None = None

    def new_printer(self, data: bytes, title: str) -> QPrinter:
        """A printer set up for the document: its name, page size, the full page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setFullPage(True)
        sizes = pdf_page_sizes(data)
        if sizes:
            match = QPageSize.SizeMatchPolicy.FuzzyMatch  # A4 stays A4 for the printer
            printer.setPageSize(QPageSize(sizes[0], QPageSize.Unit.Point, "", match))
            landscape = sizes[0].width() > sizes[0].height()
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            )
        return printer

    def paint(self, printer: QPrinter, data: bytes) -> int:
        """Paint every page of the PDF onto ``printer``; the number of pages painted."""
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        pages = 0
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for image in pdf_page_images(data, dpi):
                if pages and not printer.newPage():
                    break
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                # Centred on the page: a PDF page of another size keeps its proportions.
                corner = QPoint(
                    area.x() + (area.width() - size.width()) // 2,
                    area.y() + (area.height() - size.height()) // 2,
                )
                painter.drawImage(QRect(corner, size), image)
                pages += 1
        finally:
            painter.end()
        return pages

    def print_with_dialog(self, data: bytes, title: str) -> bool:
        """The system print dialog, then the document on the printer chosen there."""
        printer = self.new_printer(data, title)
        dialog = QPrintDialog(printer, self._parent_widget)
        dialog.setWindowTitle(title)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        return self.paint(printer, data) > 0

    def preview_dialog(self, data: bytes, title: str) -> QPrintPreviewDialog:
        """A print preview of the document; its Print button opens the print dialog."""
        printer = self.new_printer(data, title)
        # The dialog does not own its printer: keep it alive as long as the dialog.
        self._preview_printer = printer
        dialog = QPrintPreviewDialog(printer, self._parent_widget)
        dialog.setObjectName("printPreviewDialog")
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(lambda target: self.paint(target, data))
        available = dialog.screen().availableGeometry()
        dialog.resize(min(900, available.width()), min(1000, available.height() - 40))
        return dialog

    def preview(self, data: bytes, title: str) -> bool:
        """Show the preview; True when the user printed from it."""
        return self.run_dialog(self.preview_dialog(data, title)) == QDialog.DialogCode.Accepted


__all__ = ["MAX_DPI", "PdfPrinter", "available_printers", "pdf_page_images", "pdf_page_sizes"]
