"""The Linux desktop files pass their official validators with nothing to say,
and agree with each other on the MIME type, the launcher and the languages."""

from __future__ import annotations

import configparser
import shutil
import subprocess

import pytest
from lxml import etree
from pkg_paths import DESKTOP_FILE, METAINFO_FILE, MIME_FILE, MIME_TYPE, SCREENSHOTS, png_size

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:  # `make test` installs it (APT_TEST); a missing validator is a failure
        pytest.fail(f"{name} is not installed; run `make test-deps`")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates_without_errors_or_warnings() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP_FILE)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "" and result.stderr.strip() == ""


def test_desktop_file_speaks_english_and_korean_and_opens_releases() -> None:
    entry = _desktop_entry()
    for key in ("Name", "Comment", "GenericName"):
        assert entry[key].isascii() and entry[key]
        assert any("\uac00" <= ch <= "\ud7a3" for ch in entry[f"{key}[ko]"]), key
    assert entry["MimeType"].split(";")[:-1] == [MIME_TYPE]
    assert "Office" in entry["Categories"].split(";")
    assert entry["Exec"].split()[-1] in ("%f", "%F", "%u", "%U")


def test_metainfo_validates_without_errors_or_warnings() -> None:
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", "--no-color",
                             str(METAINFO_FILE)], capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    problems = [line for line in output.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert problems == [], output


def test_metainfo_is_bilingual_and_points_at_the_launcher_and_type() -> None:
    root = etree.parse(str(METAINFO_FILE)).getroot()
    for tag in ("name", "summary"):
        langs = {el.get(XML_LANG) for el in root.findall(tag)}
        assert langs == {None, "ko"}, tag
    description_langs = {p.get(XML_LANG) for p in root.find("description").iter("p")}
    assert description_langs == {None, "ko"}
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("project_license") == "MIT"
    assert root.find("content_rating") is not None
    assert root.find("screenshots/screenshot/image") is not None


def test_mime_xml_is_well_formed_and_declares_the_glob() -> None:
    root = etree.parse(str(MIME_FILE)).getroot()
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == [MIME_TYPE]
    globs = [g.get("pattern") for g in types[0].findall(f"{MIME_NS}glob")]
    assert globs == ["*.mfadesk"]
    comment_langs = {c.get(XML_LANG) for c in types[0].findall(f"{MIME_NS}comment")}
    assert comment_langs == {None, "ko"}


def test_mime_database_maps_the_suffix_to_the_type(tmp_path) -> None:
    # The real compiler of the MIME database must accept the file and map the glob.
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_FILE, packages / "mfa-desk.xml")
    subprocess.run([_tool("update-mime-database"), str(tmp_path / "mime")], check=True,
                   capture_output=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert any(line.split(":")[1:3] == [MIME_TYPE, "*.mfadesk"] for line in globs), globs


def test_metainfo_screenshot_is_committed_at_its_declared_size() -> None:
    # The URL is where the project site publishes packaging/linux/screenshots/.
    image = etree.parse(str(METAINFO_FILE)).getroot().find("screenshots/screenshot/image")
    local = SCREENSHOTS / image.text.rsplit("/", 1)[-1]
    assert png_size(local.read_bytes()) == (int(image.get("width")), int(image.get("height")))
