"""The CSS embedded in every exported HTML page: screen and print (A4)."""

from __future__ import annotations

CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                           "base-uri 'none'; form-action 'none'")

KO_FONTS = ('"Malgun Gothic", "맑은 고딕", "Noto Sans CJK KR", "Apple SD Gothic Neo", '
            '"Nanum Gothic", sans-serif')
EN_FONTS = 'Arial, "Liberation Sans", "Helvetica Neue", Helvetica, sans-serif'

STYLE = f"""
:root {{ color: #111; background: #fff; }}
body {{ margin: 0; padding: 2rem 1rem; font-family: {EN_FONTS}; font-size: 11pt;
  line-height: 1.6; }}
[lang="ko"] {{ font-family: {KO_FONTS}; word-break: keep-all; overflow-wrap: anywhere;
  line-break: strict; }}
[lang="en"] {{ font-family: {EN_FONTS}; word-break: normal; overflow-wrap: break-word;
  hyphens: manual; }}
article {{ max-width: 46rem; margin: 0 auto; }}
article.both {{ max-width: 72rem; }}
.row {{ display: grid; grid-template-columns: minmax(0, 1fr); column-gap: 2.5rem; }}
article.both .row {{ grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }}
header.release-header {{ border-top: 3px solid #1b3a6b; border-bottom: 1px solid #1b3a6b;
  padding: 0.6rem 0 0.8rem; margin-bottom: 1.6rem; }}
.banner {{ font-size: 20pt; font-weight: 700; color: #1b3a6b; margin: 0 0 0.4rem;
  letter-spacing: 0.05em; }}
table.meta {{ border-collapse: collapse; width: 100%; font-size: 10pt; }}
table.meta th, table.meta td {{ border: 1px solid #9aa6b8; padding: 0.2rem 0.5rem;
  text-align: left; vertical-align: top; }}
table.meta th {{ background: #e8edf4; font-weight: 700; width: 7.5em; white-space: nowrap; }}
h1.headline {{ font-size: 17pt; line-height: 1.4; margin: 0 0 0.8rem; font-weight: 700; }}
.cell.plain, .cell-block {{ display: block; }}
.subheadline {{ font-size: 12pt; font-weight: 700; color: #333; margin: 0 0 0.3rem; }}
.body {{ margin-top: 1.4rem; }}
ol.points, ul.points {{ list-style: none; margin: 0; padding: 0; }}
.cell {{ display: grid; grid-template-columns: 1.7em minmax(0, 1fr); margin: 0; }}
.marker {{ text-align: left; }}
.text {{ white-space: pre-wrap; }}
.seg {{ margin: 0 0 0.55rem; }}
.lvl-1 > .row > .cell {{ font-size: 11.5pt; }}
.lvl-1 {{ margin-top: 1.0rem; }}
.lvl-2 > .row > .cell {{ padding-left: 1.7em; }}
.lvl-3 > .row > .cell {{ padding-left: 3.4em; font-size: 10.5pt; }}
.seg.lvl-2, .seg.lvl-3 {{ margin-bottom: 0.35rem; }}
.notes {{ margin-top: 1.2rem; font-size: 10pt; color: #333; }}
.attachments {{ margin-top: 1.6rem; }}
.attachments .cell {{ grid-template-columns: 3.2em 1.7em minmax(0, 1fr); }}
.attachments .cell[lang="en"] {{ grid-template-columns: 7.5em 1.7em minmax(0, 1fr); }}
.att-label {{ font-weight: 700; white-space: nowrap; }}
figure.photo {{ margin: 1.6rem 0 0; break-inside: avoid; }}
figure.photo img {{ display: block; max-width: 100%; height: auto; margin: 0 auto 0.4rem; }}
figure.photo figcaption {{ font-size: 10pt; color: #333; text-align: center; }}
.end-mark {{ margin-top: 0.8rem; text-align: right; font-weight: 700; }}
.unofficial {{ margin-top: 1.2rem; font-style: italic; color: #444; }}
@media screen and (max-width: 48rem) {{
  .row, article.both .row {{ grid-template-columns: minmax(0, 1fr); }}
  .row > .cell + .cell {{ margin-top: 0.3rem; }}
  table.meta th {{ width: auto; }}
}}
@page {{ size: A4; margin: 20mm 18mm; }}
@media print {{
  body {{ padding: 0; font-size: 10.5pt; }}
  article, article.both {{ max-width: none; }}
  header.release-header, h1.headline, .row {{ break-inside: avoid; }}
}}
"""
