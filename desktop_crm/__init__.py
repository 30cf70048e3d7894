"""desktop-crm: an offline-first desktop CRM for field sales representatives."""

__version__ = "0.1.0"
