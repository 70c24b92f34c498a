"""Read from the code the sentences the core writes, as regexes, and find the ones no
template of core_messages covers. Shared by the scans of the importers' notes and of the
exporters' and review copy's warnings."""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence

PLACE = re.compile(r"\{(\w+)\}")


def skeleton(node: ast.expr) -> str | None:
    """A regex for the texts a string expression makes: its literal text, ".+" for values."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.escape(node.value)
    if isinstance(node, ast.JoinedStr):
        return "".join(re.escape(v.value) if isinstance(v, ast.Constant) else ".+"
                       for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = skeleton(node.left), skeleton(node.right)
        return None if left is None or right is None else left + right
    return None


def untemplated(written: list[tuple[str, str]], templates: Sequence[object]) -> list[str]:
    """"WHERE: message" for each written (where, message regex) no template can make."""
    instances = [PLACE.sub("X: X", str(t)) for t in templates]
    return [f"{where}: {message}" for where, message in written
            if not any(re.fullmatch(message, text, re.DOTALL) for text in instances)]
