"""The release being edited: the document (model, file, one undo stack, change signals), its
undo commands, and the edits typing causes."""
