"""Printed documents (reportlab): the visit report now; the visit pack and the weekly report to come."""
