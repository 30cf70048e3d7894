"""Sync: the client half (outbox push, page pull) and the merge rules the server runs too."""
