"""Export (DOCX, HTML) and print preview of a window's release, in a chosen language.

The files come from the export module (mfa_desk.formats.docx_export / html_export);
print preview renders the HTML export into a QTextDocument, so what is printed
matches what is exported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from mfa_desk.constants import APP_NAME
from mfa_desk.errors import MfaDeskError
from mfa_desk.ui.messages import user_text

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from mfa_desk.ui.main_window import MainWindow

VARIANTS = ("ko", "en", "both")


class ExportCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._last_variant = ""

    def variant_names(self) -> dict[str, str]:
        return {"ko": self.tr("Korean"), "en": self.tr("English"),
                "both": self.tr("Korean and English side by side")}

    def offered_variants(self) -> tuple[str, ...]:
        """The variants this release can have: a one-language release has only its own,
        and a language with no text yet is not offered (its export would be empty)."""
        release = self.window.document.release
        languages = release.languages
        if len(languages) == 1 and languages[0] in VARIANTS:
            return (languages[0],)
        written = [lang for lang in ("ko", "en") if release.has_language(lang)]
        if len(written) == 1:
            return (written[0],)
        return VARIANTS

    def ask_variant(self, title: str) -> str | None:
        offered = self.offered_variants()
        if len(offered) == 1:
            return offered[0]  # nothing to choose: an English-only release exports English
        names = self.variant_names()
        labels = [names[v] for v in offered]
        # The last choice comes first: a translator exports the same variant again and again.
        current = offered.index(self._last_variant) if self._last_variant in offered else 0
        label, ok = QInputDialog.getItem(self.window, title, self.tr("Language:"), labels,
                                         current, False)
        if not ok or label not in labels:
            return None
        self._last_variant = offered[labels.index(label)]
        return self._last_variant

    # ------------------------------------------------------------ export
    def export_dialog(self, kind: str) -> None:
        variant = self.ask_variant(self.tr("Export"))
        if variant is None:
            return
        doc = self.window.document
        from mfa_desk.formats.file_names import suggested_stem

        stem = doc.path.stem if doc.path else suggested_stem(doc.release, self.tr("release"))
        start = (doc.path.parent if doc.path else Path.home()) / f"{stem}-{variant}.{kind}"
        filters = {"docx": self.tr("Word documents (*.docx)"),
                   "html": self.tr("Web pages (*.html)")}
        name, _f = QFileDialog.getSaveFileName(self.window, self.tr("Export"), str(start),
                                               filters[kind])
        if name:
            self.export_to(Path(name), kind, variant)

    def export_to(self, path: Path, kind: str, variant: str) -> list[str]:
        """Write the export; warnings go to the status bar. Returns the warnings."""
        from mfa_desk.formats.mfadesk_file import atomic_write_bytes

        release = self.window.document.release
        warnings: list[str] = []
        try:
            if kind == "docx":
                from mfa_desk.formats.docx_export import export_docx

                warnings = export_docx(release, variant, path)  # type: ignore[arg-type]
            else:
                from mfa_desk.formats.html_export import export_html

                atomic_write_bytes(path, export_html(release, variant, warnings))  # type: ignore[arg-type]
        except MfaDeskError as exc:
            QMessageBox.warning(self.window, APP_NAME, user_text(exc))
            return [user_text(exc)]
        message = self.tr("Exported %1").replace("%1", str(path))
        if warnings:
            message += " — " + "; ".join(warnings[:3])
        self.window.show_message(message)
        return warnings

    # ------------------------------------------------------------ printing
    def print_document(self, variant: str) -> QTextDocument:
        """The release as it will print: the HTML export laid out by Qt."""
        from mfa_desk.formats.html_export import export_html

        html = export_html(self.window.document.release, variant).decode("utf-8")  # type: ignore[arg-type]
        document = QTextDocument(self)
        document.setDefaultFont(self.window.grid.body.font())
        document.setHtml(html)
        return document

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        variant = self.ask_variant(self.tr("Print Preview"))
        if variant is None:
            return
        try:
            document = self.print_document(variant)
        except MfaDeskError as exc:
            QMessageBox.warning(self.window, APP_NAME, user_text(exc))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                          QPageLayout.Orientation.Portrait,
                                          _margins_mm()))
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(lambda p: _print(document, p))
        dialog.exec()


def _margins_mm() -> object:
    from PySide6.QtCore import QMarginsF

    return QMarginsF(20, 20, 20, 18)


def _print(document: QTextDocument, printer: QPrinter) -> None:
    document.setPageSize(QSizeF(printer.pageRect(printer.Unit.Point).size()))
    document.print_(printer)
