"""MFA Desk's modules' code kept in one file between the editor's starts: the modules made
from it are the ones Python makes, a changed source is imported as always, a file of
another shape is ignored, and a real start uses it."""

from __future__ import annotations

import marshal
import os
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from mfa_desk import module_code
from mfa_desk.module_code import KeptModuleFinder, stop_using_module_code, use_module_code
from tests.ui.session.editor_child import BRIEF_START, run_editor_child

PROBE = '''"""A probe module."""
VALUE = 41


def fails() -> None:
    raise ValueError("from the probe")  # the line a traceback shows
'''


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    stop_using_module_code()
    yield
    stop_using_module_code()
    for name in [n for n in sys.modules if n.startswith("mfa_desk._probe")]:
        del sys.modules[name]


def _kept(source: Path, name: str = "mfa_desk._probe") -> KeptModuleFinder:
    stat = source.stat()
    code = compile(source.read_bytes(), str(source), "exec")
    return KeptModuleFinder({name: (False, str(source), stat.st_mtime_ns, stat.st_size,
                                    marshal.dumps(code))})


def test_a_module_made_from_kept_code_is_the_one_python_makes(tmp_path: Path) -> None:
    source = tmp_path / "_probe.py"
    source.write_text(PROBE.replace("41", "42"), encoding="utf-8")  # not the file's .pyc
    finder = _kept(source)
    sys.meta_path.insert(0, finder)
    try:
        import mfa_desk._probe as probe  # type: ignore[import-not-found]
    finally:
        sys.meta_path.remove(finder)
    assert probe.VALUE == 42 and finder.served == {"mfa_desk._probe"}
    assert probe.__file__ == str(source) and probe.__spec__.origin == str(source)
    assert probe.__package__ == "mfa_desk" and probe.__loader__ is finder
    assert probe.__doc__ == "A probe module."
    with pytest.raises(ValueError) as raised:
        probe.fails()
    # Tracebacks read the source through the loader: the line is shown.
    assert 'raise ValueError("from the probe")' in "".join(traceback.format_tb(raised.tb))


def test_a_changed_source_is_imported_as_always(tmp_path: Path) -> None:
    source = tmp_path / "_probe.py"
    source.write_text(PROBE, encoding="utf-8")
    finder = _kept(source)
    assert finder.find_spec("mfa_desk._probe") is not None
    source.write_text(PROBE.replace("41", "43"), encoding="utf-8")  # another size
    assert finder.find_spec("mfa_desk._probe") is None
    source.write_text(PROBE, encoding="utf-8")  # the same size, a later time
    os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 10**9))
    assert finder.find_spec("mfa_desk._probe") is None
    source.unlink()
    assert finder.find_spec("mfa_desk._probe") is None
    assert finder.find_spec("mfa_desk.elsewhere") is None


def test_the_real_modules_come_back_the_same(tmp_path: Path) -> None:
    # Kept by a first start, made from the file by a second: file, package, path, spec.
    script = r"""
import json, sys
from pathlib import Path
from mfa_desk.module_code import save_module_code, served, use_module_code
use_module_code(Path(sys.argv[1]))
import mfa_desk.model.release, mfa_desk.formats.native.mfadesk_file, mfa_desk.ui.grid
save_module_code()
out = {}
for name in ("mfa_desk.model.release", "mfa_desk.formats.native.mfadesk_file", "mfa_desk.ui.grid"):
    m = sys.modules[name]
    out[name] = [m.__file__, m.__package__, getattr(m, "__path__", None), m.__spec__.origin,
                 m.__spec__.parent, m.__cached__]
print(json.dumps([sorted(served()), out,
                  repr(mfa_desk.model.release.BiText("가", "a"))]))
"""
    cache = tmp_path / "modules.marshal"
    first = _run(script, cache)
    assert first[0] == []  # nothing kept yet
    assert cache.exists()
    second = _run(script, cache)
    assert {"mfa_desk.model.release", "mfa_desk.formats.native.mfadesk_file",
            "mfa_desk.ui.grid", "mfa_desk.model"} <= set(second[0])
    assert second[1] == first[1] and second[2] == first[2] == "BiText(ko='가', en='a')"


def _run(script: str, cache: Path) -> list[object]:
    import json
    import subprocess

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the .pyc files the code is kept from
    out = subprocess.run([sys.executable, "-c", script, str(cache)], capture_output=True,
                         text=True, env=env, timeout=120, check=True).stdout
    result: list[object] = json.loads(out.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("content", [
    b"", b"not marshal data", marshal.dumps([1, 2]),
    marshal.dumps({"os": (False, "x.py", 1, 2, b"")}),
    marshal.dumps({"mfa_desk.x": (False, "x.txt", 1, 2, b"")}),
    marshal.dumps({"mfa_desk.x": ("no", "x.py", 1, 2, b"")})])
def test_a_file_of_another_shape_is_ignored(tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "modules.marshal"
    cache.write_bytes(content)
    use_module_code(cache)
    assert module_code._finder is not None and module_code._finder.entries == {}
    import mfa_desk.constants  # still imported, by Python

    assert mfa_desk.constants.APP_NAME


def test_a_cache_that_cannot_be_written_costs_only_the_speed_up(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    use_module_code(blocker / "modules.marshal")
    assert not module_code.save_module_code()
    assert not list(tmp_path.glob("**/*.tmp"))


CHILD = BRIEF_START + r"""
from mfa_desk.module_code import served
print(json.dumps(sorted(served())))
"""


def test_the_editor_keeps_its_modules_code_between_starts(tmp_path: Path) -> None:
    first = run_editor_child(CHILD, tmp_path)
    assert first == []
    assert list((tmp_path / "cache").rglob("module-code.*.marshal"))
    second = run_editor_child(CHILD, tmp_path)  # the first's folders and cache
    assert isinstance(second, list) and len(second) > 50
    assert "mfa_desk.ui.window.main_window" in second and "mfa_desk.ui.grid.segment_row" in second


def test_only_the_modules_loaded_before_the_first_paint_are_kept(tmp_path: Path) -> None:
    script = r"""
import json, sys
from pathlib import Path
from mfa_desk.module_code import keep_modules_loaded_now, save_module_code, use_module_code
use_module_code(Path(sys.argv[1]))
import mfa_desk.model.release
keep_modules_loaded_now()  # as run_editor does just before app.exec()
import mfa_desk.formats.native.mfadesk_file  # later: a dialog, a dock
save_module_code()
import marshal
print(json.dumps(sorted(marshal.loads(Path(sys.argv[1]).read_bytes()))))
"""
    kept = _run(script, tmp_path / "modules.marshal")
    assert "mfa_desk.model.release" in kept and "mfa_desk.model" in kept
    assert "mfa_desk.formats.native.mfadesk_file" not in kept


def test_another_installations_modules_are_never_taken_for_this_ones(tmp_path: Path) -> None:
    # A checkout and an installed copy share the user's cache folder: a module kept from the
    # other one's folder is imported as always here, even while its file is unchanged.
    other = tmp_path / "site-packages" / "mfa_desk"
    other.mkdir(parents=True)
    source = other / "constants.py"
    source.write_text("APP_NAME = 'another installation'\n", encoding="utf-8")
    stat = source.stat()
    code = marshal.dumps(compile(source.read_bytes(), str(source), "exec"))
    here = Path(module_code.__file__).parent / "errors.py"
    cache = tmp_path / "modules.marshal"
    cache.write_bytes(marshal.dumps({
        "mfa_desk.constants": (False, str(source), stat.st_mtime_ns, stat.st_size, code),
        "mfa_desk.errors": (False, str(here), here.stat().st_mtime_ns, here.stat().st_size,
                            marshal.dumps(compile(here.read_bytes(), str(here), "exec")))}))
    use_module_code(cache)
    assert module_code._finder is not None
    assert set(module_code._finder.entries) == {"mfa_desk.errors"}


def test_code_compiled_without_asserts_is_kept_apart() -> None:
    # python -O compiles without asserts: its modules' code must not serve a plain start.
    import subprocess

    names = [subprocess.run([sys.executable, *flag, "-c", "from mfa_desk.module_code import "
                             "default_cache_file; print(default_cache_file().name)"],
                            capture_output=True, text=True, check=True, timeout=60).stdout.strip()
             for flag in ([], ["-O"])]
    assert names[0] != names[1] and names[1].endswith(".opt-1.marshal")
