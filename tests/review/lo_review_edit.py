"""Review DOCX files in LibreOffice through its UNO API, as a reviewer would in Writer.

Runs under the system Python (/usr/bin/python3 with python3-uno), not the venv:

    lo_review_edit.py PROFILE_DIR VIEW_IN VIEW_OUT MODEL_IN MODEL_OUT

VIEW_IN (a review copy without comments) is opened in a Writer view: the first
tracked change is accepted and the second rejected with LibreOffice's own
commands (.uno:NextTrackedChange, .uno:AcceptTrackedChange,
.uno:RejectTrackedChange), then with recording on "Meeting" is replaced by
"Talks" (a new tracked edit); saved as VIEW_OUT.

MODEL_IN (a review copy with comments) is loaded without a view, because the
Debian nogui LibreOffice does not ship Writer's annotation.ui and aborts when a
view has to draw a comment. Recording on, "Seoul" becomes "Busan", and a
comment "Check the date" is added at "협력을"; saved as MODEL_OUT.

Prints JSON: the tracked changes (type, author) and comments (author, text)
LibreOffice read from each input before editing, and after.
"""

import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

REVIEWER = "LO Reviewer"
WORD = "MS Word 2007 XML"
# The reviewer's name (author of tracked changes) in the fresh profile.
REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.UserProfile/Data"><prop oor:name="givenname" oor:op="fuse">
<value>{name}</value></prop></item>
</oor:items>
"""


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def start(profile):
    user = os.path.join(profile, "user")
    os.makedirs(user, exist_ok=True)
    with open(os.path.join(user, "registrymodifications.xcu"), "w", encoding="utf-8") as fh:
        fh.write(REGISTRY.format(name=REVIEWER))
    pipe = f"mfa_review_{os.getpid()}"
    proc = subprocess.Popen(
        ["soffice", f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}", "--headless",
         "--invisible", "--nologo", "--norestore", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            return proc, resolver.resolve(
                f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                raise SystemExit("LibreOffice did not start") from None
            time.sleep(0.5)


def read_back(doc):
    changes = [{"type": r.getPropertyValue("RedlineType"),
                "author": r.getPropertyValue("RedlineAuthor")} for r in doc.getRedlines()]
    comments = []
    fields = doc.getTextFields().createEnumeration()
    while fields.hasMoreElements():
        f = fields.nextElement()
        if f.supportsService("com.sun.star.text.textfield.Annotation"):
            comments.append({"author": f.Author, "text": f.Content,
                             "resolved": bool(f.getPropertyValue("Resolved"))})
    return {"changes": changes, "comments": comments}


def find_range(doc, text):
    """The first `text` in a table cell, as a selected text cursor.

    Walks the cells itself: a document loaded without a view cannot be searched.
    """
    tables = doc.getTextTables()
    for t in range(tables.getCount()):
        table = tables.getByIndex(t)
        for name in table.getCellNames():
            cell = table.getCellByName(name)
            at = cell.getString().find(text)
            if at < 0:
                continue
            cursor = cell.createTextCursor()
            cursor.gotoStart(False)
            cursor.goRight(at, False)
            cursor.goRight(len(text), True)
            return cursor
    raise SystemExit(f"{text!r} not found")


def replace_tracked(doc, old, new):
    doc.setPropertyValue("RecordChanges", True)
    find_range(doc, old).setString(new)


def in_view(ctx, desktop, src, out):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0,
                                       (prop("Hidden", True),))
    report = {"read": read_back(doc)}
    dispatcher = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.DispatchHelper", ctx)
    frame = doc.getCurrentController().getFrame()
    doc.getCurrentController().getViewCursor().gotoStart(False)
    for command in ("AcceptTrackedChange", "RejectTrackedChange"):
        dispatcher.executeDispatch(frame, ".uno:NextTrackedChange", "", 0, ())
        dispatcher.executeDispatch(frame, f".uno:{command}", "", 0, ())
    replace_tracked(doc, "Meeting", "Talks")
    report["after"] = read_back(doc)
    doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", WORD),))
    doc.close(True)
    return report


def without_view(ctx, src, out):
    doc = ctx.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument", ctx)
    doc.load((prop("URL", uno.systemPathToFileUrl(src)), prop("FilterName", WORD)))
    report = {"read": read_back(doc)}
    replace_tracked(doc, "Seoul", "Busan")
    doc.setPropertyValue("RecordChanges", False)
    found = find_range(doc, "협력을")
    note = doc.createInstance("com.sun.star.text.textfield.Annotation")
    note.Author = REVIEWER
    note.Content = "Check the date"
    found.getText().insertTextContent(found, note, True)
    report["after"] = read_back(doc)
    doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", WORD),))
    return report


def main():
    profile, view_in, view_out, model_in, model_out = map(os.path.abspath, sys.argv[1:6])
    proc, ctx = start(profile)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    try:
        report = {"view": in_view(ctx, desktop, view_in, view_out),
                  "model": without_view(ctx, model_in, model_out)}
        print(json.dumps(report, ensure_ascii=False))
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice exits
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
