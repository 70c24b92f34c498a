"""Golden files: the XML parts of each DOCX variant and each HTML variant, canonicalised.

An intentional change of the output updates the references:
    MFA_UPDATE_GOLDEN=1 bash tools/run-tests.sh tests/formats/test_export_golden.py
then review `git diff tests/golden`.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from tests.formats.export_cases import cases, docx_bytes, html_bytes, releases

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "export"
UPDATE = os.environ.get("MFA_UPDATE_GOLDEN") == "1"
XML_PARTS = ("[Content_Types].xml", "_rels/.rels", "word/document.xml",
             "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml",
             "word/fontTable.xml", "word/settings.xml", "docProps/core.xml",
             "customXml/itemProps1.xml")
PAYLOAD_PART = "customXml/item1.xml"
VOLATILE = re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def canonical_xml(blob: bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    root = etree.fromstring(blob, parser)
    text = etree.tostring(root, pretty_print=True, encoding="unicode")
    return VOLATILE.sub(r"\1NORMALISED\3", text)


def canonical_payload(blob: bytes) -> str:
    root = etree.fromstring(blob)
    return json.dumps(json.loads(root.text), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def canonical_html(blob: bytes) -> str:
    root = lxml_html.document_fromstring(blob)
    article = root.find(".//article")
    payload = article.attrib.pop("data-mfadesk-export")
    body = lxml_html.tostring(root, pretty_print=True, encoding="unicode")
    data = json.dumps(json.loads(payload), indent=1, sort_keys=True, ensure_ascii=False)
    return body + "\n<!-- embedded release -->\n" + data + "\n"


def docx_manifest(zf: zipfile.ZipFile) -> str:
    """Every member with the digest of its bytes (images, theme: compared by content)."""
    lines = []
    for name in sorted(zf.namelist()):
        data = zf.read(name)
        digest = hashlib.sha256(data).hexdigest()[:16] if not name.endswith(".xml") else "xml"
        lines.append(f"{name} {digest}")
    return "\n".join(lines) + "\n"


def _compare(path: Path, actual: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with MFA_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{path.name} differs from the golden file {path}"


@pytest.fixture(scope="module")
def release_set():
    return releases()


@pytest.mark.parametrize(("name", "variant"), cases())
def test_docx_parts_match_golden(release_set, name: str, variant: str) -> None:
    with zipfile.ZipFile(io.BytesIO(docx_bytes(release_set[name], variant))) as zf:
        folder = GOLDEN / f"{name}-{variant}" / "docx"
        _compare(folder / "manifest.txt", docx_manifest(zf))
        for part in XML_PARTS:
            _compare(folder / (part.replace("/", "__") + ".txt"), canonical_xml(zf.read(part)))
        _compare(folder / "customXml__item1.json", canonical_payload(zf.read(PAYLOAD_PART)))


@pytest.mark.parametrize(("name", "variant"), cases())
def test_html_matches_golden(release_set, name: str, variant: str) -> None:
    _compare(GOLDEN / f"{name}-{variant}" / "page.html.txt",
             canonical_html(html_bytes(release_set[name], variant)))
