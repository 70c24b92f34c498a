"""Fuzzing every importer through the command line: text, HTML, DOCX (our exports
mutated at zip and XML level), HWPX (our exports and python-hwpx's Hangul-like
releases, mutated at zip and XML level), legacy HWP 5 and .mfadesk. Each case
runs in a worker process under a memory limit (300 MB above its start) and a time
limit (harness.py); the answer must be exit 0 or 2 with one error line, never a
traceback, a hang or another exit code. MFA_FUZZ_EXAMPLES sets the cases per format
(300 in `make test`, a third of it for the single-seed HWP 5 fuzzer; `make fuzz` runs
2,000; benchmarks/fault_run.py 10,000 and prints the numbers).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfa_desk.formats.native.mfadesk_file import dumps_release
from tests.formats.export_cases import releases
from tests.formats.hostile_files import sample_docx, sample_html
from tests.fuzz.harness import FUZZ_EXAMPLES, CliWorker
from tests.fuzz.hwpx_mutations import hwp_seed, hwpx_seeds, mutate_hwp, mutate_hwpx
from tests.fuzz.mutations import (
    mutate_docx,
    mutate_html,
    mutate_mfadesk,
    mutate_text,
    real_texts,
)

FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def worker() -> Iterator[CliWorker]:
    running = CliWorker()
    yield running
    running.close()


def _check(worker: CliWorker, folder: Path, name: str, data: bytes,
           argv: Callable[[Path], list[str]]) -> None:
    path = folder / name
    path.write_bytes(data)
    answer = worker.run(argv(path))
    assert answer.problem() == "", f"{path} ({len(data)} bytes): {answer.problem()}"


def _mutated(seeds: Sequence[bytes], which: int, seed: int,
             mutate: Callable[[bytes, random.Random], bytes]) -> bytes:
    return mutate(seeds[which % len(seeds)], random.Random(seed))


def _inspect(path: Path) -> list[str]:
    return ["inspect", str(path)]


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), which=st.integers(0, 100))
def test_fuzz_text(worker: CliWorker, tmp_path: Path, seed: int, which: int) -> None:
    _check(worker, tmp_path, "case.txt", _mutated(real_texts(), which, seed, mutate_text),
           _inspect)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), foreign=st.booleans())
def test_fuzz_html(worker: CliWorker, tmp_path: Path, seed: int, foreign: bool) -> None:
    rng = random.Random(seed)
    pages = sorted((Path(__file__).parents[1] / "fixtures" / "foreign").glob("*.html"))
    base = rng.choice(pages).read_bytes() if foreign else sample_html()
    _check(worker, tmp_path, "case.html", mutate_html(base, rng), _inspect)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1))
def test_fuzz_docx(worker: CliWorker, tmp_path: Path, seed: int) -> None:
    _check(worker, tmp_path, "case.docx", mutate_docx(sample_docx(), random.Random(seed)),
           _inspect)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), which=st.integers(0, 100))
def test_fuzz_hwpx(worker: CliWorker, tmp_path: Path, seed: int, which: int) -> None:
    _check(worker, tmp_path, "case.hwpx", _mutated(hwpx_seeds(), which, seed, mutate_hwpx),
           _inspect)


@settings(FUZZ, max_examples=max(FUZZ_EXAMPLES // 3, 1))  # one seed: fewer cases say as much
@given(seed=st.integers(0, 2**32 - 1))
def test_fuzz_hwp(worker: CliWorker, tmp_path: Path, seed: int) -> None:
    _check(worker, tmp_path, "case.hwp", mutate_hwp(hwp_seed(), random.Random(seed)), _inspect)


@FUZZ
@given(seed=st.integers(0, 2**32 - 1), export=st.booleans())
def test_fuzz_mfadesk(worker: CliWorker, tmp_path: Path, seed: int, export: bool) -> None:
    base = dumps_release(releases()["sample"]).encode()

    def argv(path: Path) -> list[str]:
        if export:  # the cleaned release must also export
            return ["export", str(path), "--to", "docx", "-o", str(path.with_suffix(".docx"))]
        return _inspect(path)

    _check(worker, tmp_path, "case.mfadesk", mutate_mfadesk(base, random.Random(seed)), argv)
