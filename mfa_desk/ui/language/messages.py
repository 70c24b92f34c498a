"""Turn an error from the core into the sentence a dialog or status bar shows.

The core's messages are written for `mfa-desk: <message>` on a terminal, so they
start in lower case; a dialog shows them on their own and wants a capital. A
message that starts with the file or place it is about keeps its lower case. A sentence the
core message table knows is shown in the interface language (core_messages).
"""

from __future__ import annotations

from mfa_desk.errors import InputError


def user_text(exc: BaseException) -> str:
    # A core sentence the interface knows (a refused structure edit, a check's finding,
    # a file an importer refuses) in the interface language; any other as it is.
    # Imported here: not at start-up.
    from mfa_desk.ui.language.core_messages import translate_message

    if isinstance(exc, InputError) and exc.where:
        return f"{exc.where}: {translate_message(exc.message)}"
    text = translate_message(str(exc))
    return text[:1].upper() + text[1:] if text[:1].islower() else text
