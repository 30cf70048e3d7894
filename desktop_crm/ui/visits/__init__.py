"""The visit planning pane."""
