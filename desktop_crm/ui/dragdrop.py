"""What the panes drag to each other: customer ids (to plan a visit on a day) and visit ids (to
move one). The payload is ids only; whoever receives the drop reads the rest off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMimeData

CUSTOMER_MIME = "application/x-desktop-crm-customer-ids"
VISIT_MIME = "application/x-desktop-crm-visit-ids"


def pack(mime: str, ids: Iterable[str]) -> QMimeData:
    data = QMimeData()
    data.setData(mime, "\n".join(dict.fromkeys(ids)).encode())  # one id per selected row, in order
    return data


def unpack(data: QMimeData, mime: str) -> list[str]:
    if not data.hasFormat(mime):
        return []
    return [i for i in bytes(data.data(mime).data()).decode().split("\n") if i]
