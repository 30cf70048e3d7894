"""The foot of the import dialog: what the last check found (or an import did, or why it was
refused), the rows that cannot be imported with their line and reason, and a message."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ...io.importer import ImportResult, Rejected
from .columns import table_view
from .models import ERROR_COLOUR, RejectedModel

TALLEST = 5  # rejected rows shown before the list scrolls


def counts_text(result: ImportResult, of: str = "check") -> str:
    """What a check found (``check``), an import did (``import``) or why it did nothing (``refused``)."""
    # Counts go in as %1: lupdate does not mark a static translate() with %n as plural.
    if of == "refused":
        text = QCoreApplication.translate("ImportDialog", "Nothing imported. Invalid rows: %1")
        return text.replace("%1", f"{len(result.rejected):,}")
    if of == "check":
        text = QCoreApplication.translate("ImportDialog", "%1 to add, %2 to update, %3 unchanged, %4 invalid")
    else:
        text = QCoreApplication.translate(
            "ImportDialog", "%1 added, %2 updated, %3 unchanged, %4 invalid skipped"
        )
    text = (text.replace("%1", f"{result.created:,}").replace("%2", f"{result.updated:,}")
            .replace("%3", f"{result.unchanged:,}").replace("%4", f"{len(result.rejected):,}"))  # fmt: skip
    if result.customers_created:
        more = QCoreApplication.translate("ImportDialog", "new customers for the contact persons: %1")
        text += QCoreApplication.translate("ImportDialog", "; ") + more.replace(
            "%1", f"{result.customers_created:,}"
        )
    return text


class OutcomePanel(QWidget):
    changed = Signal()  # another result, or none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ImportResult | None = None  # of the last check, or of an import refused
        self.of = "check"  # check | refused | import
        self.message: tuple[str, bool] = ("", False)  # worded, and whether it is an error
        self.skipping = False  # the user chose to skip invalid rows
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.rejected_model = RejectedModel(self)
        self.rejected_view = table_view(self)
        self.rejected_view.setModel(self.rejected_model)
        self.rejected_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejected_view)
        self.refresh()

    @property
    def rejected(self) -> list[Rejected]:
        return self.result.rejected if self.result else []

    def set_result(self, result: ImportResult | None, of: str = "check") -> None:
        self.result, self.of, self.message = result, of, ("", False)
        if result is not None:
            self.rejected_model.kind = result.kind
        self.refresh()
        self.changed.emit()

    def say(self, message: str, *, error: bool = False) -> None:
        self.message = (message, error)
        self.refresh()

    def set_skipping(self, skipping: bool) -> None:
        self.skipping = skipping
        self.refresh()

    def refresh(self) -> None:
        result, (message, error) = self.result, self.message
        red = f' style="color: {ERROR_COLOUR}"'
        parts = []
        if result is not None:
            counts = html.escape(counts_text(result, self.of))
            if self.of == "check":
                check = QCoreApplication.translate("ImportDialog", "Check:")
                parts.append(f"<b>{html.escape(check)}</b> {counts}")
                if result.rejected and not self.skipping:
                    stops = QCoreApplication.translate(
                        "ImportDialog", "As it is, Import stops at the invalid rows and imports nothing."
                    )
                    parts.append(f"<span{red}>{html.escape(stops)}</span>")
            else:
                parts.append(f"<span{red}>{counts}</span>" if self.of == "refused" else counts)
        if message:
            parts.append(f"<span{red if error else ''}>{html.escape(message)}</span>")
        self.summary.setText("<br>".join(parts))
        self.summary.setVisible(bool(parts))
        self.rejected_model.set_rows(self.rejected)
        view = self.rejected_view
        if self.rejected:  # as tall as its rows, up to a few
            rows = min(len(self.rejected), TALLEST)
            view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows * view.rowHeight(0)
                                + 2 * view.frameWidth())  # fmt: skip
        view.setVisible(bool(self.rejected))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rejected_model.retranslate()
            self.refresh()
        super().changeEvent(event)
