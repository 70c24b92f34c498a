"""Never lose a word: recovery snapshots, file locks, changes on disk, the guard that ties
them to a window, and the windows opened under it."""
