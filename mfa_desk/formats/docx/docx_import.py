"""Import a DOCX: our own exports exactly, other Word releases by paragraph analysis.

A DOCX is untrusted input: it is unpacked within the caps of zip_parts (the
directory checked, then every part read through a capped stream; a 433 KB
file with one 400 MB part made python-docx use 828 MB before), macro-enabled
or non-Word files are refused, and python-docx reads the checked bytes from
memory, never the file (its XML parser resolves no entities and has huge-tree
mode off). Whatever python-docx raises on a
damaged package becomes one line.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mfa_desk.constants import Lang
from mfa_desk.errors import InputError
from mfa_desk.formats.import_result import ImportResult
from mfa_desk.formats.untrusted_text import MAX_PAGE_TEXTS, clean_columns, refuse_oversized
from mfa_desk.formats.zip_parts import (
    OLE_MAGIC,
    read_capped_parts,
    require_regular_file,
    starts_with,
    stored_package,
)

_PARAGRAPH = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_MACRO = "application/vnd.ms-word.document.macroEnabled.main+xml"
WORD_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


def check_docx_container(path: Path) -> bytes:
    """Refuse what is not a plain Word document, or would unpack too large; return
    the package with every part unpacked and checked (stored, not compressed)."""
    where = str(path)
    if path.suffix.lower() == ".docm":
        raise InputError("macro-enabled Word documents (.docm) are not accepted; save it as "
                         ".docx first", where)
    require_regular_file(path, where)
    if not zipfile.is_zipfile(path):
        if starts_with(path, OLE_MAGIC):
            raise InputError("an old-format (.doc) or password-protected Word file; save it "
                             "as an unprotected .docx first", where)
        raise InputError("not a Word document (.docx): the file is not a zip package", where)
    parts = read_capped_parts(path, where, "Word document")
    if "[Content_Types].xml" not in parts:
        raise InputError("not a Word document (.docx): no [Content_Types].xml", where)
    types = parts["[Content_Types].xml"].decode("utf-8", "replace")
    if WORD_MACRO in types:
        raise InputError("macro-enabled Word documents are not accepted; save it as .docx "
                         "first", where)
    if WORD_MAIN not in types and WORD_TEMPLATE not in types:
        raise InputError("not a Word document (.docx): the package holds no Word document "
                         "part", where)
    return stored_package(parts)


def import_docx(path: str | os.PathLike[str], lang: Lang | None = None) -> ImportResult:
    p = Path(path)
    where = str(p)
    package = check_docx_container(p)
    from mfa_desk.formats.docx.docx_text import docx_columns
    from mfa_desk.formats.plaintext.foreign_import import import_lines_by_language

    warnings: list[str] = []
    with _damaged_package(where):
        doc = _open(package)
        restored = _restore_own_export(doc, where, warnings)
        if restored is not None:
            return restored
        paragraphs = sum(1 for _ in doc.element.body.iter(_PARAGRAPH))
        refuse_oversized(paragraphs, MAX_PAGE_TEXTS, "paragraphs", where)
        columns = clean_columns(docx_columns(doc), where, warnings)
    return import_lines_by_language(columns, lang, where, warnings)


@contextmanager
def _damaged_package(where: str) -> Iterator[None]:
    """python-docx trusts the package's relationships, content types and XML: a damaged
    one surfaces as whatever its code trips over (AttributeError for a mutated .rels,
    a styles part of the wrong content type). Those are bad input, said in one line."""
    from docx.exceptions import PythonDocxError
    from docx.opc.exceptions import OpcError
    from lxml import etree

    try:
        yield
    except (PythonDocxError, OpcError, KeyError, ValueError, TypeError, AttributeError,
            IndexError, etree.LxmlError, zipfile.BadZipFile, zlib.error) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else ""
        raise InputError(f"not a readable Word document ({type(exc).__name__}"
                         f"{': ' + reason[:200] if reason else ''})", where) from None


def open_docx(path: Path) -> Any:
    """A checked Word document (see check_docx_container), opened from memory; a package
    python-docx cannot read is one InputError line."""
    package = check_docx_container(path)
    with _damaged_package(str(path)):
        return _open(package)


def _open(package: bytes) -> Any:
    from docx import Document

    return Document(io.BytesIO(package))


def _restore_own_export(doc: Any, where: str, warnings: list[str]) -> ImportResult | None:
    from mfa_desk.formats.docx.docx_export import PAYLOAD_NAMESPACE, body_digest
    from mfa_desk.formats.native.export_payload import read_payload, release_from_payload
    from mfa_desk.formats.plaintext.foreign_import import EDITED_WARNING

    text = _payload_text(doc, PAYLOAD_NAMESPACE)
    if text is None:
        return None
    data, digest = read_payload(text, where)
    if digest != body_digest(doc.element.body):
        warnings.append(EDITED_WARNING)
        return None
    release = release_from_payload(data, _images(doc), where, warnings)
    return ImportResult(release, warnings)


def _payload_text(doc: Any, namespace: str) -> str | None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    for rel in doc.part.rels.values():
        if rel.reltype != RT.CUSTOM_XML or rel.is_external:
            continue
        try:
            root = etree.fromstring(rel.target_part.blob, parser)
        except etree.XMLSyntaxError:
            continue
        if root.tag == f"{{{namespace}}}release":
            return root.text or ""
    return None


def _images(doc: Any) -> list[bytes]:
    """The blobs of the pictures in the body, in document order."""
    from docx.oxml.ns import qn

    embed = qn("r:embed")
    blobs = []
    for blip in doc.element.body.iter(qn("a:blip")):
        rid = blip.get(embed)
        if rid and rid in doc.part.related_parts:
            blobs.append(doc.part.related_parts[rid].blob)
    return blobs
