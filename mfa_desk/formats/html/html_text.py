"""The text of an HTML release as lines: structure from the page, chrome left out.

A ministry page saved from a browser holds the release inside navigation
menus, a skip link, a board header ("Date | 2026-05-25 | hit | 102") and a
footer. What is read, in order:

- removed: <script>/<style>/<nav>/forms controls, hidden elements, page-level
  <header>/<footer>, regions whose id/class names navigation (gnb, lnb,
  breadcrumb, footer, skip, ...), and lists whose every item is a link;
- the main content: <main>, else <article>, else the element holding most of
  the text (layout tables are descended into). Outside it only marked lines
  (category, date, header fields, numbered items) and the unlinked line just
  above it (the title of a board page) are kept; other text there (footer,
  side menus) is left out with a warning that shows it;
- short blocks made only of links (menus, buttons) are left out, warned;
- every block element and every <br> ends a line; a table row of label and
  value cells gives "label value" lines ("Date 2026-05-25", "hit 102"); other
  rows one line each;
- list items get the marker of their level written out ("1.", "°"/"ㅇ", "-").
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from mfa_desk.constants import LEVEL2_MARKER, LEVEL3_MARKER
from mfa_desk.formats.plaintext.foreign_import import script_of
from mfa_desk.formats.plaintext.foreign_lines import (
    STRUCTURE_KINDS,
    data_row_line,
    is_known_label,
    is_page_label,
    is_point,
    kind_of,
    merge_block,
    row_lines,
)
from mfa_desk.formats.plaintext.text_lines import LineKind
from mfa_desk.formats.table_rows import side_by_side_cells, table_columns

BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd",
              "blockquote", "pre", "figcaption", "caption", "div", "address", "header",
              "footer", "section", "article", "aside", "main", "nav", "ol", "ul", "dl",
              "table", "tr", "tbody", "thead", "tfoot", "figure", "hr", "body", "html", "center",
              "form", "fieldset", "legend", "details", "summary"}
SKIP_TAGS = {"script", "style", "template", "noscript", "head", "title", "meta", "link",
             "nav", "button", "select", "option", "textarea", "input", "iframe", "svg",
             "object", "embed", "map", "canvas", "audio", "video"}
INLINE_TAGS = {"span", "a", "b", "i", "u", "em", "strong", "font", "small", "big", "sub", "sup",
               "label", "abbr", "cite", "code", "q", "s", "strike", "mark", "ins", "del", "o:p"}
SPACED_CLASSES = {"marker", "att-label"}  # our own marker spans: a space follows them
# Words in an id or class that name page chrome rather than content.
_CHROME_NAMES = {"gnb", "lnb", "snb", "tnb", "nav", "navi", "navigation", "menu", "submenu",
                 "topmenu", "footer", "skip", "skipnav", "skipnavi", "accessibility",
                 "breadcrumb", "breadcrumbs", "location", "sitemap", "util", "utility", "quick",
                 "quickmenu", "sns", "banner", "copyright", "familysite", "family", "sidebar",
                 "side", "aside"}
_SOURCE_SPACE = re.compile(r"[ \t\r\n]+")
_NAME_SPLIT = re.compile(r"[\s_\-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_KEPT_OUTSIDE = frozenset({LineKind.CATEGORY, LineKind.DOCTYPE, LineKind.DATE, LineKind.HIT,
                           LineKind.HEADER, LineKind.TITLE, LineKind.CHROME,
                           *STRUCTURE_KINDS, LineKind.NOTE, LineKind.UNOFFICIAL,
                           LineKind.ATTACHMENTS, LineKind.END})
MAX_LINK_WORDS = 12
MAIN_SHARE = 0.7  # a child holding this share of its parent's text is the content


@dataclass
class Block:
    lines: list[str]
    lang: str | None
    where: str  # "before", "in", "after" the main content
    link_only: bool = False  # a few words, all of them links: a menu, a button
    list_item: ListItem | None = None
    row: int = -1  # its row in a Korean | English table (formats.table_rows)


@dataclass(frozen=True)
class ListItem:
    kind: str  # "ol" or "ul"
    depth: int  # 1 for a list not inside another
    number: int  # for "ol"
    outer: str  # the kind of the outermost list


@dataclass
class _Collector:
    root: Any
    blocks: list[Block] = field(default_factory=list)
    current: list[str] = field(default_factory=lambda: [""])
    stack: list[Any] = field(default_factory=list)
    pending_item: ListItem | None = None
    where: str = "before"
    in_link: int = 0  # depth of <a> elements around the text being added
    link_chars: int = 0  # characters of the current block inside links
    seen_point: bool = False
    checked: int = 0  # blocks looked at by after_point()

    def text(self, text: str | None) -> None:
        if text:
            self.current[-1] += text
            if self.in_link:
                self.link_chars += _letters(text)

    def line_break(self) -> None:
        self.current.append("")

    def flush(self) -> None:
        lines, self.current = self.current, [""]
        if not any(e.tag == "pre" for e in self.stack):
            # As a browser shows it: source line ends and indentation are one space, a
            # line starts at its first character; &nbsp; indentation stays.
            lines = [_SOURCE_SPACE.sub(" ", line).lstrip(" ") for line in lines]
        link_chars, self.link_chars = self.link_chars, 0
        if not any(line.strip() for line in lines):
            return
        el = self.stack[-1] if self.stack else None
        chars = sum(_letters(line) for line in lines)
        link_only = link_chars > 0 and link_chars * 10 >= chars * 9 and \
            sum(len(line.split()) for line in lines) <= MAX_LINK_WORDS
        self.blocks.append(Block(lines, _lang_of(el) if el is not None else None, self.where,
                                 list_item=self.pending_item, link_only=link_only))
        self.pending_item = None

    def after_point(self) -> bool:
        """Has a point been read yet (blocks are checked once each)?"""
        while not self.seen_point and self.checked < len(self.blocks):
            self.seen_point = any(is_point(x) for x in self.blocks[self.checked].lines)
            self.checked += 1
        return self.seen_point

    def add(self, lines: list[str], el: Any) -> None:
        self.flush()
        self.blocks.append(Block(lines, _lang_of(el), self.where))


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalnum())


def _lang_of(el: Any) -> str | None:
    for node in (el, *el.iterancestors()):
        if node.get("lang"):
            return str(node.get("lang")).split("-")[0].lower()
    return None


def _names(el: Any) -> set[str]:
    raw = f"{el.get('id') or ''} {el.get('class') or ''}".lower()
    return {n for n in _NAME_SPLIT.split(raw) if n}


def _inside_content(el: Any) -> bool:
    return any(a.tag in ("article", "main") for a in el.iterancestors())


def _is_chrome(el: Any) -> bool:
    if el.tag in SKIP_TAGS or el.get("hidden") is not None:
        return True
    if (el.get("aria-hidden") or "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    if el.tag in ("header", "footer") or el.get("id") in ("header", "footer"):
        return not _inside_content(el)  # an article's own header holds its metadata
    if el.tag in ("ul", "ol", "dl") and _link_only_list(el):
        return True
    if _names(el) & _CHROME_NAMES and el.tag not in ("body", "html", "main", "article"):
        return not (_inside_content(el) and "footer" in _names(el))
    return False


def _link_only_list(el: Any) -> bool:
    items = [li for li in el if isinstance(li.tag, str) and li.tag in ("li", "dt", "dd")]
    if not items:
        return False
    for li in items:
        own = _text_len(li)
        linked = sum(_text_len(a) for a in li.iter("a"))
        if own and linked < own:
            return False
    return any(li.find(".//a") is not None for li in items)


def _text_len(el: Any) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def _remove_chrome(el: Any, removed: list[str]) -> None:
    """Remove chrome below `el` in place; the text of removed footers goes to `removed`."""
    for child in list(el):
        if not isinstance(child.tag, str):
            continue
        if _is_chrome(child):
            if child.tag == "footer" or {"footer", "copyright"} & _names(child):
                text = " ".join(" ".join(child.itertext()).split())
                if text:
                    removed.append(text)
            child.drop_tree()  # keeps the tail text
        else:
            _remove_chrome(child, removed)


def _content_root(body: Any) -> Any:
    total = _text_len(body)
    if not total:
        return body
    for tag in ("main", "article"):
        found = [el for el in body.iter(tag)]
        if found:
            best = max(found, key=_text_len)
            if _text_len(best) * 10 >= total * 3:
                return best
    node = body
    while True:
        children = [c for c in node if isinstance(c.tag, str)]
        if not children:
            return node
        best = max(children, key=_text_len)
        if best.tag in ("ul", "ol", "li", "p", "dl", "pre", "blockquote") or (
                best.tag in ("table", "thead", "tbody", "tr", "td", "th")
                and _text_len(best) <= MAX_ROW_TEXT):
            # A list, a paragraph or a small table is part of the text, not its
            # container; a table holding long text is the page's layout.
            return node
        if _text_len(best) < MAIN_SHARE * _text_len(node):
            return node
        node = best


def _is_block(el: Any) -> bool:
    # An element that names its own language (a Korean or English cell of our pages) is
    # its own line; Word's <span lang="EN-US"> inside a Korean sentence is not.
    if el.tag in BLOCK_TAGS:
        return True
    if el.get("lang") is None:
        return False
    return el.tag not in INLINE_TAGS or bool({"cell", "cell-block"}
                                             & set((el.get("class") or "").split()))


def _cell_lines(cell: Any) -> list[str]:
    collector = _Collector(cell)
    collector.stack.append(cell)
    _walk_children(cell, collector)
    collector.flush()
    return [" ".join(line.split()) for b in collector.blocks for line in b.lines
            if line.strip()]


MAX_ROW_TEXT = 300  # a row of a header or data table; longer, it is page layout


def _simple_row(tr: Any) -> bool:
    """A row of short cells (a header or data table), not a layout row holding the text."""
    cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if len(cells) < 2 or _text_len(tr) > MAX_ROW_TEXT:
        return False
    return not any(d.tag in ("table", "ul", "ol", "li")
                   for c in cells for d in c.iterdescendants() if isinstance(d.tag, str))


def _table_lines(table: Any) -> list[str] | None:
    """A two-row table of labels over values ("Date | hit" / "2026-05-25 | 102")."""
    rows = [tr for tr in table.iter("tr")]
    if len(rows) != 2 or not all(_simple_row(r) for r in rows):
        return None
    heads = [c for c in rows[0] if isinstance(c.tag, str) and c.tag in ("td", "th")]
    values = [c for c in rows[1] if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if len(heads) != len(values):
        return None
    labels = [" ".join(_cell_lines(c)) for c in heads]
    if not all(c.tag == "th" or is_known_label(t) for c, t in zip(heads, labels, strict=True)):
        return None
    return [" ".join([label, *_cell_lines(v)[:1]]).strip()
            for label, v in zip(labels, values, strict=True)]


def _side_by_side(table: Any, col: _Collector) -> bool:
    """A Korean | English table: a block per cell, with its row (`formats.table_rows`)."""
    rows = table.xpath("./tr|./*/tr")
    # Cells of text, not of tables: else nested layout tables are read 2^depth times.
    if len(rows) < 3 or next(table.iterdescendants("table"), None) is not None:
        return False
    cells = side_by_side_cells([[_cell_lines(c) for c in tr if isinstance(c.tag, str)
                                 and c.tag in ("td", "th")] for tr in rows])
    if cells is not None:
        col.flush()
        col.blocks += [Block(lines, lang, col.where, row=n) for n, lang, lines in cells]
    return cells is not None


def _walk_children(el: Any, col: _Collector) -> None:
    if el.tag == "pre":
        for i, part in enumerate((el.text or "").split("\n")):
            if i:
                col.line_break()
            col.text(part)
    else:
        col.text(el.text)
    for child in el:
        if isinstance(child.tag, str):
            _walk(child, col)
        col.text(child.tail)


def _walk(el: Any, col: _Collector) -> None:
    tag = el.tag
    if tag == "br":
        col.line_break()
        return
    if el is col.root:
        col.flush()
        col.where = "in"
    if tag == "table":
        if _side_by_side(el, col):
            return
        pairs = _table_lines(el)
        if pairs is not None:
            col.add(pairs, el)
            return
    if tag == "tr" and _simple_row(el):
        cells = [(c.tag == "th", _cell_lines(c)) for c in el
                 if isinstance(c.tag, str) and c.tag in ("td", "th")]
        labelled = row_lines(cells)
        if labelled is None:
            labelled = [data_row_line([lines for _h, lines in cells], col.after_point())]
        col.add([x for x in labelled if x], el)
        return
    if tag == "a":
        col.in_link += 1
        _walk_children(el, col)
        col.in_link -= 1
        return
    block = _is_block(el)
    if block:
        col.flush()
        col.stack.append(el)
        if tag == "li":
            col.pending_item = _list_item(el)
    _walk_children(el, col)
    if tag == "span" and set((el.get("class") or "").split()) & SPACED_CLASSES:
        col.text(" ")
    if block:
        col.flush()
        col.stack.pop()
        if tag == "li":
            col.pending_item = None
    if el is col.root:
        col.where = "after"


def _list_item(li: Any) -> ListItem | None:
    if any("marker" in (s.get("class") or "").split() for s in li.iter("span")):
        return None  # our own pages write the marker as text
    parent = li.getparent()
    lists = [a for a in li.iterancestors() if a.tag in ("ol", "ul")]
    depth = len(lists)
    kind = parent.tag if parent is not None and parent.tag in ("ol", "ul") else "ul"
    number = 0
    if kind == "ol":
        value = li.get("value")
        if value and value.strip().lstrip("-").isdigit():
            number = int(value)
        else:
            start = (parent.get("start") or "1").strip()
            siblings = [s for s in parent if s.tag == "li"]
            number = siblings.index(li) + (int(start) if start.isdigit() else 1)
    return ListItem(kind, depth, number, lists[-1].tag if lists else kind)


def _marker(item: ListItem, lang: str, after_point: bool, any_point: bool) -> str:
    """The marker of a list item's level; a bullet list below a point is one level down."""
    level = item.depth + (1 if item.outer == "ul" and after_point else 0)
    if level <= 1:
        if item.kind == "ol":
            return f"{item.number}."
        # Bullets that are the only structure of the page are its points; before the
        # first of the page's points they are sub-headlines.
        return "-" if any_point else "□"
    return LEVEL2_MARKER.get(lang, "°") if level == 2 else LEVEL3_MARKER.get(lang, "-")


def _block_texts(blocks: list[Block], page_lang: str) -> list[tuple[str | None, str]]:
    """Blocks to (language, line), list markers written out, wrapped lines joined."""
    any_point = any(kind_of(line) in (LineKind.NUMBERED, LineKind.BOX)
                    for b in blocks if b.list_item is None for line in b.lines)
    any_point = any_point or any(b.list_item is not None and b.list_item.outer == "ol"
                                 for b in blocks)
    out: list[tuple[str | None, str]] = []
    after_point = False
    for block in blocks:
        lines = merge_block(block.lines)
        if not lines:
            continue
        if (block.list_item is not None and kind_of(lines[0]) is LineKind.TEXT
                and not is_page_label(lines[0])):
            marker = _marker(block.list_item, block.lang or page_lang, after_point, any_point)
            lines[0] = f"{marker} {lines[0]}"
        for line in lines:
            if kind_of(line) in (LineKind.NUMBERED, LineKind.BOX):
                after_point = True
            out.append((block.lang, line))
    return out


def _outside_kept(blocks: list[Block], warnings: list[str], source: str) -> list[Block]:
    """Outside the main content keep marked lines and the title just above it.

    Unmarked text there is a side menu's heading, a breadcrumb or the footer: it is
    left out, with a warning that shows it.
    """
    last_before = max((i for i, b in enumerate(blocks) if b.where == "before"
                       and not b.link_only
                       and any(kind_of(x) is LineKind.TEXT for x in b.lines if x.strip())),
                      default=-1)
    kept: list[Block] = []
    texts: list[str] = []  # shown in the warning: the footer's address, a caption
    links = 0  # menus: only counted
    for i, block in enumerate(blocks):
        if block.where == "in" or i == last_before:
            kept.append(block)
            continue
        lines = [] if block.link_only else [  # links out there are menus
            x for x in block.lines
            if not x.strip() or kind_of(x) in _KEPT_OUTSIDE or is_page_label(x)]
        dropped = [" ".join(x.split()) for x in block.lines if x.strip() and x not in lines]
        if block.link_only:
            links += len(dropped)
        else:
            texts.extend(dropped)
        if any(x.strip() for x in lines):
            kept.append(Block(lines, block.lang, block.where, list_item=block.list_item))
    if texts or links:
        shown = "; ".join(repr(t[:80]) for t in texts[:5])
        more = f" and {len(texts) - 5} more" if len(texts) > 5 else ""
        menus = f"{links} menu link line(s)" if links else ""
        warnings.append(f"{source}: left out, outside the main text of the page: "
                        + ", ".join(x for x in (shown + more, menus) if x))
    return kept


def _drop_link_blocks(blocks: list[Block], warnings: list[str], source: str) -> list[Block]:
    """A few words that are all links and carry no marker are a menu or a button."""
    kept: list[Block] = []
    dropped: list[str] = []
    for block in blocks:
        texts = [" ".join(x.split()) for x in block.lines if x.strip()]
        if block.link_only and block.list_item is None and all(
                kind_of(t) in (LineKind.TEXT, LineKind.CHROME) for t in texts):
            dropped.extend(t for t in texts if kind_of(t) is LineKind.TEXT)
            continue
        kept.append(block)
    if dropped:
        shown = "; ".join(repr(t[:40]) for t in dropped[:3])
        warnings.append(f"{source}: left out {len(dropped)} link line(s) (menus, buttons): "
                        f"{shown}")
    return kept


def html_lines(root: Any, warnings: list[str],
               source: str = "<page>") -> list[str] | dict[str, list[str]]:  # or TableColumns
    """Lines of the page (the tree is copied, not changed); Korean|English pages give two
    columns. Notes on what was left out are added to `warnings`."""
    root = copy.deepcopy(root)
    body = root.find("body")
    if body is None:
        body = root
    footer: list[str] = []
    _remove_chrome(body, footer)
    if footer:
        warnings.append(f"{source}: left out the page footer: "
                        + "; ".join(repr(t[:40]) for t in footer[:2]))
    content = _content_root(body)
    collector = _Collector(content)
    if content is body:
        collector.where = "in"
    collector.stack.append(body)
    _walk_children(body, collector)
    collector.flush()
    blocks = (collector.blocks if content is body
              else _outside_kept(collector.blocks, warnings, source))
    blocks = _drop_link_blocks(blocks, warnings, source)
    page_lang = _lang_of(body) or script_of([t for b in blocks for t in b.lines])
    lines = _block_texts(blocks, page_lang)
    ko = sum(1 for lang, _ in lines if lang == "ko")
    en = sum(1 for lang, _ in lines if lang == "en")
    if min(ko, en) * 4 >= max(ko, en) > 0:
        # Korean and English blocks side by side (or one after the other): two columns.
        rows = {lang: [(b.row, x) for b in blocks if b.row >= 0 and b.lang == lang
                       for x in b.lines] for lang in ("ko", "en")}
        if any(rows.values()):  # a Korean | English table pairs its rows
            return table_columns(lines, rows)
        return {"ko": [t for lang, t in lines if lang == "ko"],
                "en": [t for lang, t in lines if lang == "en"]}
    return [t for _, t in lines]
