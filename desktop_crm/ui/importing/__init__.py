"""Importing customers, contact persons and leads from CSV, Excel and vCard files."""

from .dialog import ImportDialog, open_import

__all__ = ["ImportDialog", "open_import"]
