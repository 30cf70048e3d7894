"""The contact persons pane: the people at the selected customer."""
