"""The review keys of a segment in the .mfadesk file: `source_ko`, `comments`, `suggestions`.

Written only when they hold something, so a release without review data saves
byte-for-byte as before, and a file without them (every older file) loads.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mfa_desk.constants import LANGS
from mfa_desk.formats.native.mfadesk_reader import Reader, dict_list
from mfa_desk.model.release import Segment
from mfa_desk.model.review import Comment, Reply, Suggestion


def time_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def review_keys(seg: Segment) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if seg.source_ko:
        out["source_ko"] = seg.source_ko
    if seg.comments:
        out["comments"] = [
            {"id": c.id, "author": c.author, "time": time_text(c.time), "text": c.text,
             "resolved": c.resolved,
             "replies": [{"author": r.author, "time": time_text(r.time), "text": r.text}
                         for r in c.replies]}
            for c in seg.comments
        ]
    if seg.suggestions:
        out["suggestions"] = [
            {"lang": s.lang, "text": s.text, "author": s.author, "time": time_text(s.time)}
            for s in seg.suggestions
        ]
    return out


def read_review_keys(r: Reader, obj: dict[str, Any], path: str, seg: Segment) -> None:
    seg.source_ko = r.get(obj, "source_ko", path, str, "")
    for i, c in enumerate(dict_list(r, obj, "comments", path)):
        cp = f"{path}.comments[{i}]"
        comment = Comment(author=r.get(c, "author", cp, str, ""), time=_time(r, c, cp),
                          text=r.get(c, "text", cp, str),
                          resolved=r.get(c, "resolved", cp, bool, False))
        comment_id = r.get(c, "id", cp, str, "")
        if comment_id:
            comment.id = comment_id
        comment.replies = [
            Reply(author=r.get(x, "author", f"{cp}.replies[{j}]", str, ""),
                  time=_time(r, x, f"{cp}.replies[{j}]"),
                  text=r.get(x, "text", f"{cp}.replies[{j}]", str))
            for j, x in enumerate(dict_list(r, c, "replies", cp))
        ]
        seg.comments.append(comment)
    for i, s in enumerate(dict_list(r, obj, "suggestions", path)):
        sp = f"{path}.suggestions[{i}]"
        lang = r.get(s, "lang", sp, str)
        if lang not in LANGS:
            raise r.fail(f"{sp}.lang", "expected ko or en")
        seg.suggestions.append(Suggestion(lang=lang, text=r.get(s, "text", sp, str),
                                          author=r.get(s, "author", sp, str, ""),
                                          time=_time(r, s, sp)))


def _time(r: Reader, obj: dict[str, Any], path: str) -> dt.datetime:
    raw = r.get(obj, "time", path, str)
    try:
        moment = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise r.fail(f"{path}.time", "expected a time as YYYY-MM-DDTHH:MM:SSZ") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
