"""The dataclasses' generated methods compiled once and kept between starts: the same
classes, read back only from a file of the expected shape, and used by `mfa-desk`."""

from __future__ import annotations

import dataclasses
import marshal
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mfa_desk import dataclass_code
from mfa_desk.dataclass_code import (
    counts,
    save_dataclass_code,
    stop_using_dataclass_code,
    use_dataclass_code,
)
from tests.ui.session.editor_child import BRIEF_START, run_editor_child


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    stop_using_dataclass_code()
    yield
    stop_using_dataclass_code()


def _classes() -> dict[str, type]:
    """A plain, a frozen and an ordered class with defaults and factories, made now."""

    @dataclasses.dataclass
    class Plain:
        name: str
        tags: list[str] = dataclasses.field(default_factory=list)
        count: int = 0

    @dataclasses.dataclass(frozen=True)
    class Frozen:
        key: str
        size: int = 1

    @dataclasses.dataclass(order=True)
    class Ordered:
        rank: int
        label: str = ""

    return {"plain": Plain, "frozen": Frozen, "ordered": Ordered}


def _behaviour(classes: dict[str, type]) -> list[object]:
    plain, frozen, ordered = classes["plain"], classes["frozen"], classes["ordered"]
    a, b = plain("x"), plain("x", ["t"], 2)
    out: list[object] = [repr(a), repr(b), a == plain("x"), a == b, a.tags is not plain("x").tags]
    f = frozen("k")
    try:
        f.size = 3  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        out.append("frozen")
    out += [hash(f) == hash(frozen("k")), repr(f), sorted([ordered(2), ordered(1, "a")])]
    out += [ordered(1) < ordered(2), ordered(1, "b") >= ordered(1, "a")]
    return [repr(item) for item in out]


def test_classes_made_from_kept_code_behave_as_the_standard_ones(tmp_path: Path) -> None:
    standard = _behaviour(_classes())
    cache = tmp_path / "code.marshal"
    use_dataclass_code(cache)
    first = _behaviour(_classes())
    assert counts()[1] > 0 and save_dataclass_code() and cache.exists()
    stop_using_dataclass_code()  # the next start
    use_dataclass_code(cache)
    second = _behaviour(_classes())
    kept, compiled = counts()
    assert compiled == 0 and kept > 0
    assert first == standard and second == standard
    assert not save_dataclass_code()  # nothing new to write


def test_a_changed_class_compiles_anew(tmp_path: Path) -> None:
    cache = tmp_path / "code.marshal"
    use_dataclass_code(cache)
    _classes()
    save_dataclass_code()
    stop_using_dataclass_code()
    use_dataclass_code(cache)

    @dataclasses.dataclass
    class Other:
        other_field: str = "y"

    assert counts()[1] > 0 and Other().other_field == "y"


@pytest.mark.parametrize("content", [
    b"not marshal data",
    marshal.dumps(["a list"]),
    marshal.dumps({"def f(): pass": 3}),
    marshal.dumps({"x = 1": compile("x = 1", "elsewhere.py", "exec")}),
    b"\0" * (dataclass_code.MAX_BYTES + 1),
])
def test_a_file_of_another_shape_is_ignored(tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "code.marshal"
    cache.write_bytes(content)
    standard = _behaviour(_classes())
    use_dataclass_code(cache)
    assert _behaviour(_classes()) == standard
    assert counts()[0] == 0  # nothing taken from it
    assert save_dataclass_code()  # replaced by a good one
    assert isinstance(marshal.loads(cache.read_bytes()), dict)


def test_a_cache_that_cannot_be_written_costs_only_the_speed_up(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    use_dataclass_code(blocker / "code.marshal")
    assert _behaviour(_classes())
    assert not save_dataclass_code()
    assert not list(tmp_path.glob("**/*.tmp"))


CHILD = BRIEF_START + r"""
from mfa_desk.dataclass_code import counts
import mfa_desk.model.release as release
print(json.dumps(counts() + (repr(release.BiText("가", "a")),)))
"""


def test_the_editor_keeps_its_dataclasses_code_between_starts(tmp_path: Path) -> None:
    def start() -> list[object]:
        result = run_editor_child(CHILD, tmp_path)  # the second run: the first's folders
        assert isinstance(result, list)
        return result

    kept, compiled, text = start()
    # (Two classes may make the same text: the second takes the first one's code.)
    assert isinstance(compiled, int) and compiled > 100 and isinstance(kept, int) and kept < 5
    assert list((tmp_path / "cache").rglob("dataclass-code.*.marshal"))
    kept, compiled, again = start()
    # A class first made in the last moments of a start (a timer that fired in one run
    # and not in the other) compiles then; everything the first start kept is taken.
    assert isinstance(kept, int) and kept > 100 and isinstance(compiled, int) and compiled <= 5
    assert again == text == "BiText(ko='가', en='a')"


def test_a_command_line_run_keeps_the_code_too(tmp_path: Path) -> None:
    # `mfa-desk export` and friends import the model as the editor does.
    from mfa_desk.resources import sample_release_path

    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    run = [sys.executable, "-m", "mfa_desk", "inspect", str(sample_release_path())]
    first = subprocess.run(run, capture_output=True, text=True, env=env, timeout=120)
    assert first.returncode == 0, first.stderr
    [cache] = (tmp_path / "cache" / "mfa-desk").glob("dataclass-code.*.marshal")
    written = cache.stat().st_mtime_ns
    second = subprocess.run(run, capture_output=True, text=True, env=env, timeout=120)
    assert second.stdout == first.stdout
    assert cache.stat().st_mtime_ns == written  # nothing new to write the second time
