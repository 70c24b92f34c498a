"""The Windows installer script and the macOS Info.plist cannot be built here;
these tests keep them consistent with the Linux files: one MIME type, one
suffix, one application id, a per-user install."""

from __future__ import annotations

import plistlib
import re

from lxml import etree
from pkg_paths import METAINFO_FILE, MIME_TYPE, ROOT

ISS = ROOT / "packaging" / "windows" / "mfa-desk.iss"
PLIST = ROOT / "packaging" / "macos" / "Info.plist"


def _iss_setting(text: str, key: str) -> str:
    match = re.search(rf"^{key}=(.*)$", text, re.MULTILINE)
    assert match, key
    return match.group(1).strip()


def test_inno_setup_installs_per_user_with_start_menu_and_association() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert _iss_setting(text, "PrivilegesRequired") == "lowest"
    assert _iss_setting(text, "ChangesAssociations") == "yes"
    assert '#define AppExt ".mfadesk"' in text
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"', text, re.MULTILINE)
    registry = [line for line in text.splitlines() if line.startswith("Root:")]
    assert registry and all(line.startswith("Root: HKA;") for line in registry)
    assert any(r'shell\open\command' in line and '""%1""' in line for line in registry)
    assert any(MIME_TYPE in line for line in registry)
    # Korean and English installer messages, like the rest of the application.
    assert 'MessagesFile: "compiler:Languages\\Korean.isl"' in text


def test_macos_plist_exports_the_type_and_opens_it_as_owner() -> None:
    with open(PLIST, "rb") as f:
        plist = plistlib.load(f)
    metainfo_id = etree.parse(str(METAINFO_FILE)).getroot().findtext("id")
    assert plist["CFBundleIdentifier"] == metainfo_id
    (exported,) = plist["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["mfadesk"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert (document["CFBundleTypeRole"], document["LSHandlerRank"]) == ("Editor", "Owner")
