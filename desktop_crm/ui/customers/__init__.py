"""The customer list pane."""
