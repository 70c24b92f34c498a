"""Check that an exported DOCX or HTML holds the text of the release it came from.

Used by packaging/package-test.sh on the bundle's output (run with the venv's
Python; the bundle itself wrote the file). Every segment's Korean and English
text must appear, whitespace-normalised.
Usage: python packaging/verify-export.py RELEASE.mfadesk OUT.docx|OUT.html|OUT.pdf
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mfa_desk.formats.native.mfadesk_file import load_release


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return _normal("\n".join(parts))


def html_text(path: Path) -> str:
    import lxml.html

    return _normal(lxml.html.fromstring(path.read_bytes()).text_content())


def pdf_text(path: Path) -> str:
    """The PDF's words (pdftotext -bbox, poppler-utils), the left half of each page before
    the right (the two languages of "both"), spaces dropped: columns and line breaks put
    spaces where the release has none."""
    import html
    import subprocess

    xml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</word>')
    columns: list[str] = []
    for page in xml.split("<page ")[1:]:
        width = float(re.match(r'width="([\d.]+)"', page).group(1))
        words = sorted(((float(y), float(x), html.unescape(t))
                        for x, y, t in word.findall(page)))
        columns.append("".join(t for _y, x, t in words if x < width / 2))
        columns.append("".join(t for _y, x, t in words if x >= width / 2))
    return "".join(columns)


def missing_texts(release_path: Path, out: Path) -> list[str]:
    release = load_release(release_path)
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        # Column by column, line by line: compare each segment without its spaces.
        text = pdf_text(out)
        return [t for ref in release.iter_segments()
                for t in (ref.segment.text.ko, ref.segment.text.en)
                if t.strip() and "".join(t.split()) not in text]
    text = docx_text(out) if suffix == ".docx" else html_text(out)
    wanted = []
    for ref in release.iter_segments():
        wanted.extend(t for t in (ref.segment.text.ko, ref.segment.text.en) if t.strip())
    return [w for w in wanted if _normal(w) not in text]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    missing = missing_texts(Path(argv[0]), Path(argv[1]))
    for text in missing[:5]:
        print(f"verify-export: not in {argv[1]}: {text[:80]!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
