"""The dashboard pane: the rep's figures as charts, each clickable through to its customers."""
