"""Duplicate customers: the finder's list and the field-by-field merge."""

from .dialog import DuplicatesDialog, open_duplicates
from .merge import MergeDialog

__all__ = ["DuplicatesDialog", "MergeDialog", "open_duplicates"]
