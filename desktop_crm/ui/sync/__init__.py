"""Sync in the window: logging in, the status-bar indicator, sync on demand and on a timer, and
the conflicts panel."""
