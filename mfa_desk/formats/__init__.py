"""Reading and writing releases, one room (subpackage) per format. No Qt anywhere here.

- `native/`: the .mfadesk file and the files MFA Desk keeps for itself (templates,
  contacts, the editor's lock), and the release an export embeds.
- `plaintext/`: pasted and saved text, and the lines other formats extract from
  documents MFA Desk did not make; the plain-text copy for an e-mail.
- `docx/`, `html/`, `hwpx/` (with legacy HWP 5), `pdf/`: each format's export and import.

The modules at this top are what the rooms share: `release_walker` (the one walk every
export consumes) with `letterhead` and `embargo_stamp`, `untrusted_text` (characters
cleaned where text comes in and goes out), `zip_parts` (DOCX and HWPX unpacked within
caps), `image_size`, `import_result`, `align`/`align_terms`/`table_rows` (pairing a
Korean and an English import), and `importing`, the dispatcher that opens a file of any
kind. The shared modules import no room; `importing` imports every room's importer;
which room may import which is the table FORMAT_ROOMS in tests/test_layers.py.
"""
