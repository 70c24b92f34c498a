"""The comparison of two releases as one HTML page for printing (A4, both languages).

Deletions are <del> (red, struck through) and insertions <ins> (green,
underlined), so the marks survive printing in black and white too.
"""

from __future__ import annotations

from html import escape

from mfa_desk.formats.html.html_style import CONTENT_SECURITY_POLICY
from mfa_desk.review.compare import ReleaseDiff, SegmentDiff
from mfa_desk.text.diff import Piece

CHANGE_LABELS = {"changed": "changed", "inserted": "inserted", "deleted": "deleted",
                 "moved": "moved"}

_STYLE = """
@page { size: A4; margin: 15mm; }
body { font-family: "Noto Sans CJK KR", "Noto Sans", sans-serif; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; }
th { background: #e8edf4; text-align: left; }
col.where { width: 16%; }
td[lang="ko"] { word-break: keep-all; }
del { color: #b00020; text-decoration: line-through; }
ins { color: #006400; text-decoration: underline; }
tr { break-inside: avoid; }
.change { color: #555; font-size: 8.5pt; }
"""


def pieces_html(pieces: list[Piece]) -> str:
    out = []
    for p in pieces:
        text = escape(p.text).replace("\n", "<br>")
        out.append(text if p.op == "=" else f"<{'del' if p.op == '-' else 'ins'}>{text}"
                   f"</{'del' if p.op == '-' else 'ins'}>")
    return "".join(out)


def _row(d: SegmentDiff) -> str:
    cells = "".join(f'<td lang="{lang}">{pieces_html(d.pieces[lang])}</td>'
                    for lang in ("ko", "en"))
    return (f'<tr><td>{escape(d.path)}<div class="change">{CHANGE_LABELS[d.change]}</div>'
            f"</td>{cells}</tr>")


def compare_html(diff: ReleaseDiff, old_name: str, new_name: str) -> bytes:
    rows = [_row(d) for d in diff.segments]
    meta = "".join(f"<li>{escape(m.name)}: <del>{escape(str(m.old))}</del> "
                   f"<ins>{escape(str(m.new))}</ins></li>" for m in diff.metadata)
    body = ("<p>No differences.</p>" if diff.equal else
            (f"<ul>{meta}</ul>" if meta else "")
            + '<table><colgroup><col class="where"><col><col></colgroup>'
            + "<thead><tr><th>Segment</th><th>Korean</th><th>English</th></tr></thead>"
            + f"<tbody>{''.join(rows)}</tbody></table>")
    page = (f'<!DOCTYPE html>\n<html lang="en"><head>'
            f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
            f'<meta charset="utf-8">'
            f"<title>Comparison: {escape(old_name)} → {escape(new_name)}</title>"
            f"<style>{_STYLE}</style></head><body>"
            f"<h1>{escape(old_name)} → {escape(new_name)}</h1>{body}</body></html>\n")
    return page.encode("utf-8")
