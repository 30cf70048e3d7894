"""The contact-history timeline pane."""
