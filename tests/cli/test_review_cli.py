"""`export --changes-since` and `import --onto` through a real process."""

from __future__ import annotations

from pathlib import Path

from mfa_desk.formats.native.mfadesk_file import load_release, save_release
from tests.cli.test_cli_import_inspect import mfa
from tests.review.review_samples import release


def test_review_copy_out_and_back(tmp_path: Path) -> None:
    save_release(release(1), tmp_path / "old.mfadesk")
    save_release(release(2), tmp_path / "new.mfadesk")
    done = mfa("export", "new.mfadesk", "--to", "docx", "--changes-since", "old.mfadesk",
               "--author", "Drafter", "-o", "review.docx", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    done = mfa("import", "review.docx", "--onto", "new.mfadesk", "-o", "out.mfadesk",
               cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    back = load_release(tmp_path / "out.mfadesk")
    assert back.points[2].text.en == "The talks were held on Tuesday."
    assert [s.text for s in back.points[2].suggestions] == ["The talks were held on Wednesday."]


def test_review_options_refuse_what_makes_no_sense(tmp_path: Path) -> None:
    save_release(release(2), tmp_path / "new.mfadesk")
    done = mfa("export", "new.mfadesk", "--to", "html", "--changes-since", "new.mfadesk",
               "-o", "r.html", cwd=tmp_path)
    assert done.returncode == 2 and "use --to docx" in done.stderr
    done = mfa("import", "new.mfadesk", "--onto", "new.mfadesk", "-o", "o.mfadesk",
               cwd=tmp_path)
    assert done.returncode == 2 and "one reviewed Word copy" in done.stderr
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "o.mfadesk").exists()
