"""The segment grid: rows, cells, their placement and names, moving between them, the pane
titles, the cell's menu and find/replace across the panes."""
