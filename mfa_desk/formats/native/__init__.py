"""The files MFA Desk keeps for itself: the .mfadesk release file (`mfadesk_file`, with its
typed reader `mfadesk_reader` and the review keys `mfadesk_review`), the shape `inspect`
prints (`canonical`), the release an export embeds so that importing it restores the
release exactly (`export_payload`), templates, the contacts directory, the editor's lock as
the command line reads it (`editor_lock`) and the names offered for new files. Imports only
the shared modules at the top of `formats` (and the layers below); every other room may
import it. No Qt.
"""
