"""Export (DOCX, HTML, PDF, HWPX), print preview and Print of a window's release, in a
chosen language.

The files come from the export modules (mfa_desk.formats.docx.docx_export / html_export /
pdf_export). Print preview and Print draw the pages of the PDF export (pypdfium2 renders
them), so what is printed is the PDF's layout: letterhead, embargo stamp, header
table, two columns for "both". Exports pass the QA gate first; an Issued release
exports its publish HTML (no round-trip data) by default.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from mfa_desk.constants import APP_NAME, LANGS, lang_of
from mfa_desk.errors import MfaDeskError
from mfa_desk.ui.language.messages import status_notes, user_text

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from mfa_desk.formats.letterhead import Letterhead  # read when exporting, not at start-up
    from mfa_desk.formats.release_walker import Variant
    from mfa_desk.ui.window.editor_window import EditorWindow

VARIANTS: tuple[Variant, ...] = ("ko", "en", "both")


class ExportCommands(QObject):
    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.window = window
        self._last_variant: Variant | None = None
        # The QA gate before an export (the Release menu sets it): variant -> go ahead?
        self.confirm: Callable[[Variant], bool] | None = None
        # The QA gate before printing (paper leaves the building as an export does);
        # the preview is only looked at and is not asked about.
        self.confirm_print: Callable[[Variant], bool] | None = None

    def variant_names(self) -> dict[Variant, str]:
        return {"ko": self.tr("Korean"), "en": self.tr("English"),
                "both": self.tr("Korean and English side by side")}

    def offered_variants(self) -> tuple[Variant, ...]:
        """The variants this release can have: a one-language release has only its own,
        and a language with no text yet is not offered (its export would be empty)."""
        release = self.window.document.release
        languages = release.languages
        if len(languages) == 1 and (only := lang_of(languages[0])) is not None:
            return (only,)
        written = [lang for lang in LANGS if release.has_language(lang)]
        if len(written) == 1:
            return (written[0],)
        return VARIANTS

    def ask_variant(self, title: str) -> Variant | None:
        from PySide6.QtWidgets import QInputDialog

        offered = self.offered_variants()
        if len(offered) == 1:
            return offered[0]  # nothing to choose: an English-only release exports English
        names = self.variant_names()
        labels = [names[v] for v in offered]
        # The last choice comes first: a translator exports the same variant again and again.
        last = self._last_variant
        current = offered.index(last) if last is not None and last in offered else 0
        label, ok = QInputDialog.getItem(self.window, title, self.tr("Language:"), labels,
                                         current, False)
        if not ok or label not in labels:
            return None
        chosen = offered[labels.index(label)]
        self._last_variant = chosen
        return chosen

    # ------------------------------------------------------------ export
    def export_dialog(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        variant = self.ask_variant(self.tr("Export"))
        if variant is None:
            return
        if self.confirm is not None and not self.confirm(variant):
            return
        doc = self.window.document
        from mfa_desk.formats.native.file_names import suggested_stem

        stem = doc.path.stem if doc.path else suggested_stem(doc.release, self.tr("release"))
        start = (doc.path.parent if doc.path else Path.home()) / f"{stem}-{variant}.{kind}"
        filters = {"docx": self.tr("Word documents (*.docx)"),
                   "html": self.tr("Web pages (*.html)"),
                   "hwpx": self.tr("Hangul documents (*.hwpx)"),
                   "pdf": self.tr("PDF documents (*.pdf)")}
        name, _f = QFileDialog.getSaveFileName(self.window, self.tr("Export"), str(start),
                                               filters[kind])
        if name:
            self.export_to(Path(name), kind, variant)

    def export_to(self, path: Path, kind: str, variant: Variant,
                  publish: bool | None = None) -> list[str]:
        """Write the export; warnings go to the status bar, in the interface language.
        Returns the warnings as the exporter wrote them.

        `publish` (HTML): None means "when the release is Issued"."""
        from PySide6.QtWidgets import QMessageBox

        from mfa_desk.fileio import atomic_write_bytes
        from mfa_desk.model.workflow import WorkflowState

        release = self.window.document.release
        if publish is None:
            publish = release.workflow is WorkflowState.ISSUED
        warnings: list[str] = []
        try:
            letterhead = self.letterhead()
            if kind == "docx":
                from mfa_desk.formats.docx.docx_export import export_docx

                warnings = export_docx(release, variant, path,
                                       letterhead=letterhead)
            elif kind == "hwpx":
                from mfa_desk.formats.hwpx.hwpx_export import export_hwpx

                warnings = export_hwpx(release, variant, path,
                                       letterhead=letterhead)
            elif kind == "pdf":
                from mfa_desk.formats.pdf.pdf_export import export_pdf

                warnings = export_pdf(release, variant, path, letterhead)
            else:
                from mfa_desk.formats.html.html_export import export_html

                atomic_write_bytes(path, export_html(release, variant, warnings,
                                                     publish=publish, letterhead=letterhead))
        except MfaDeskError as exc:
            QMessageBox.warning(self.window, APP_NAME, user_text(exc))
            return [user_text(exc)]
        message = self.tr("Exported %1").replace("%1", str(path))
        if warnings:
            message += " — " + status_notes(warnings)
        self.window.show_message(message)
        return warnings

    # ------------------------------------------------------------ letterhead
    def letterhead(self) -> Letterhead:
        """The ministry's names, with the logo from the preferences when it can be read."""
        from mfa_desk.formats.letterhead import load_letterhead
        from mfa_desk.settings import load_settings

        logo = load_settings(self.window.settings_file, warn=lambda _m: None).letterhead_logo
        try:
            return load_letterhead(logo or None)
        except MfaDeskError as exc:
            self.window.show_message(user_text(exc))
            return load_letterhead(None)

    def choose_logo(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from mfa_desk.settings import load_settings, save_settings

        settings = load_settings(self.window.settings_file, warn=lambda _m: None)
        name, _f = QFileDialog.getOpenFileName(
            self.window, self.tr("Letterhead Logo"), settings.letterhead_logo or str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if not name:
            return
        from mfa_desk.formats.letterhead import load_letterhead

        try:
            load_letterhead(name)
            settings.letterhead_logo = name
            save_settings(settings, self.window.settings_file)
        except MfaDeskError as exc:
            QMessageBox.warning(self.window, APP_NAME, user_text(exc))
            return
        self.window.show_message(self.tr("Letterhead logo: %1").replace("%1", name))

    # ------------------------------------------------------------ printing
    def print_pdf(self, variant: Variant) -> bytes:
        """The release as it will print: the PDF export's bytes."""
        from mfa_desk.formats.pdf.pdf_export import pdf_bytes

        return pdf_bytes(self.window.document.release, variant,
                         self.letterhead())

    def _printable(self, title: str, confirm: Callable[[Variant], bool] | None = None
                   ) -> bytes | None:
        from PySide6.QtWidgets import QMessageBox

        variant = self.ask_variant(title)
        if variant is None or (confirm is not None and not confirm(variant)):
            return None
        try:
            return self.print_pdf(variant)
        except MfaDeskError as exc:
            QMessageBox.warning(self.window, APP_NAME, user_text(exc))
            return None

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        pdf = self._printable(self.tr("Print Preview"))
        if pdf is None:
            return
        # The dialog does not own the printer: keep it alive while the dialog runs.
        printer = _a4_printer()
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(lambda p: print_pdf_pages(pdf, p))
        dialog.exec()

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        pdf = self._printable(self.tr("Print"), self.confirm_print)
        if pdf is None:
            return
        printer = _a4_printer()
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_pdf_pages(pdf, printer)


PRINT_DPI = 200  # sharp on paper; an A4 page is then 1654 x 2339 pixels (15 MB)


def _a4_printer() -> QPrinter:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # The PDF pages carry their own margins: print them edge to edge.
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    return printer


def print_pdf_pages(pdf: bytes, printer: QPrinter) -> int:
    """Draw every page of `pdf` on `printer`; returns the number of pages drawn."""
    from PySide6.QtGui import QImage, QPainter

    from mfa_desk.formats.pdf.pdf_pages import page_images

    painter = QPainter()
    if not painter.begin(printer):
        return 0
    drawn = 0
    try:
        target = printer.pageRect(printer.Unit.DevicePixel)
        for page in page_images(pdf, PRINT_DPI):
            if drawn:
                printer.newPage()
            # A copy that owns its pixels: print preview records the drawing and replays
            # it after `page` (whose bytes the first QImage only borrows) is gone.
            image = QImage(page.rgb, page.width, page.height, page.width * 3,
                           QImage.Format.Format_RGB888).copy()
            painter.drawImage(target, image)
            drawn += 1
    finally:
        painter.end()
    return drawn
