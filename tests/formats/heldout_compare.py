"""Compare an imported release (inspect shape) with a hand-written expected result.

Shared by tests/formats/plaintext/test_heldout_import.py and benchmarks/import_heldout.py.
Each field and each segment is one check; a segment is found by its path in the
tree (points[1].children[0]), so a missing, extra or misplaced segment fails.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mfa_desk.formats.native.canonical import release_to_canonical
from mfa_desk.formats.plaintext.text_import import import_text_file

HELDOUT = Path(__file__).resolve().parent.parent / "fixtures" / "releases" / "heldout-import"
METADATA_FIELDS = ("category", "date", "document_type", "department", "timing", "issued_at")


@dataclass
class Check:
    name: str
    expected: Any
    actual: Any

    @property
    def ok(self) -> bool:
        return bool(self.expected == self.actual)


def _norm(text: Any) -> Any:
    return re.sub(r"\s+", " ", text).strip() if isinstance(text, str) else text


def _title(text: Any) -> Any:
    # "회의 사진 1부." and "회의 사진 1부" are the same title; the period is punctuation.
    return _norm(text).rstrip(".").rstrip() if isinstance(text, str) else text


def _flatten(nodes: list[dict[str, Any]], prefix: str, out: dict[str, str]) -> None:
    for i, node in enumerate(nodes):
        path = f"{prefix}[{i}]"
        out[path] = _norm(node["text"])
        _flatten(node["children"], f"{path}.children", out)


def _listed(name: str, expected: list[Any], actual: list[Any]) -> list[Check]:
    return [Check(f"{name}[{i}]", expected[i] if i < len(expected) else None,
                  actual[i] if i < len(actual) else None)
            for i in range(max(len(expected), len(actual)))]


# Written after a first look at the importer's results, while fixing it (each found
# a defect): measured apart from the blind set above.
PROBES = HELDOUT / "probes"


def cases(folder: Path = HELDOUT) -> list[tuple[Path, Path]]:
    return [(p, p.with_name(p.name[: -len(".txt")] + ".expected.json"))
            for p in sorted(folder.glob("*.txt"))]


def compare(source: Path, expected_path: Path) -> list[Check]:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    lang = expected["language"]
    result = import_text_file(source)
    canon = release_to_canonical(result.release)
    meta = canon["metadata"]
    checks = [Check("headline", _norm(expected["headline"]), _norm(canon["headline"][lang]))]
    checks += _listed("subheadlines", [_norm(s) for s in expected["subheadlines"]],
                      [_norm(s["text"][lang]) for s in canon["subheadlines"]])
    want: dict[str, str] = {}
    _flatten(expected["points"], "points", want)
    got: dict[str, str] = {}
    _flatten([{"text": p["text"][lang], "children": _side(p["children"], lang)}
              for p in canon["points"]], "points", got)
    checks += [Check(path, want.get(path), got.get(path)) for path in _ordered(want, got)]
    checks += _listed("notes", [_norm(n) for n in expected["notes"]],
                      [_norm(n["text"][lang]) for n in canon["notes"]])
    checks += _listed("attachments", [_title(a) for a in expected["attachments"]],
                      [_title(a["title"][lang]) for a in canon["attachments"]])
    exp_meta = expected["metadata"]
    checks += [Check(f"metadata.{k}", _norm(exp_meta[k]), _norm(meta[k])) for k in METADATA_FIELDS]
    names = [c["name"] for c in meta["contacts"]]
    checks.append(Check("metadata.contacts", exp_meta["contacts"], names))
    checks.append(Check("unofficial_translation", expected["unofficial_translation"],
                        meta["unofficial_translation"]))
    # The defects a reader sees (a mark used twice) are reported, and nothing else:
    # the lines of the warnings ("path:13: item 가. is used twice; ...").
    lines = [int(w[len(str(source)) + 1:].split(":", 1)[0]) for w in result.warnings]
    checks.append(Check("warning_lines", expected["warning_lines"], lines))
    return checks


def _side(children: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    return [{"text": c["text"][lang], "children": _side(c["children"], lang)} for c in children]


def _ordered(want: dict[str, str], got: dict[str, str]) -> list[str]:
    return list(want) + [p for p in got if p not in want]
