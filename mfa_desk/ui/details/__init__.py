"""The release details panel above the grid: metadata fields, dates, and the sign-off state."""
