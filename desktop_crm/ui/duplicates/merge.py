"""The merge dialog: two customers side by side, field by field, keep left / right / both, with
the result beside each row; the merge runs on the write worker (``core.merge``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...core import analytics
from ...core.dedupe import Pair
from ...core.errors import CrmError, NotFound, ValidationError
from ...core.merge import (
    FIELDS,
    FieldChoice,
    MergeResult,
    history_counts,
    merge_customers,
    merge_fields,
    merged_values,
)
from ...core.validation import format_phone
from ..customers.dialog import error_text
from ..tasks import TaskRunner
from ..words import relationship_text

SIDES = ("left", "right", "both")
_ELIDE = 42  # characters of a value on its radio button; the whole value is its tooltip


def field_label(field: str) -> str:
    return {
        "name": QCoreApplication.translate("Merge", "Name"),
        "industry": QCoreApplication.translate("Merge", "Industry"),
        "phone": QCoreApplication.translate("Merge", "Phone"),
        "email": QCoreApplication.translate("Merge", "E-mail"),
        "website": QCoreApplication.translate("Merge", "Website"),
        "address": QCoreApplication.translate("Merge", "Address"),
        "city": QCoreApplication.translate("Merge", "City"),
        "province": QCoreApplication.translate("Merge", "Province"),
        "country": QCoreApplication.translate("Merge", "Country"),
        "language": QCoreApplication.translate("Merge", "Language"),
        "currency": QCoreApplication.translate("Merge", "Currency"),
        "relationship": QCoreApplication.translate("Merge", "Relationship"),
        "tier_override": QCoreApplication.translate("Merge", "Tier"),
        "external_id": QCoreApplication.translate("Merge", "External id"),
        "notes": QCoreApplication.translate("Merge", "Notes"),
    }.get(field, field)


def value_text(field: str, value: Any) -> str:
    """A stored value as a person reads it; an empty one as a dash."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "—"
    if field == "phone":
        return format_phone(value)
    if field == "relationship":
        return relationship_text(value)
    if field == "language":
        return {
            "zh": QCoreApplication.translate("Merge", "Chinese"),
            "en": QCoreApplication.translate("Merge", "English"),
        }.get(value, str(value))
    return str(value)


def _one_line(text: str) -> str:
    flat = " ⏎ ".join(line.strip() for line in text.strip().splitlines() if line.strip())
    return flat if len(flat) <= _ELIDE else flat[: _ELIDE - 1] + "…"


class _Row:
    """One field: its label, a radio button per choice, and the merged value."""

    def __init__(self, grid: QGridLayout, line: int, choice: FieldChoice, parent: QWidget) -> None:
        self.choice = choice
        self.label = QLabel(parent)
        self.group = QButtonGroup(parent)
        self.buttons: dict[str, QRadioButton] = {}
        self.result = QLabel(parent)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setMinimumWidth(160)
        self.result.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        grid.addWidget(self.label, line, 0)
        for column, side in enumerate(SIDES, start=1):
            if side == "both" and (
                choice.both is None or choice.same or _blank(choice.left) or _blank(choice.right)
            ):
                continue  # nothing to keep both of
            button = QRadioButton(parent)
            self.group.addButton(button, column - 1)
            self.buttons[side] = button
            grid.addWidget(button, line, column)
        if choice.same:
            for button in self.buttons.values():
                button.setEnabled(False)
        self.buttons[choice.default].setChecked(True)
        grid.addWidget(self.result, line, 4)
        self.reword()

    def reword(self) -> None:
        c = self.choice
        self.label.setText(field_label(c.field))
        for side in ("left", "right"):
            full = value_text(c.field, getattr(c, side))
            self.buttons[side].setText(_one_line(full))
            self.buttons[side].setToolTip(full if full != _one_line(full) else "")
        if "both" in self.buttons:
            self.buttons["both"].setText(
                QCoreApplication.translate("Merge", "Join them")
                if c.both == "join"
                else QCoreApplication.translate("Merge", "Other one into notes")
            )

    @property
    def side(self) -> str:
        return SIDES[self.group.checkedId()]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class MergeDialog(QDialog):
    """Merge the pair's right customer into its left one ("Swap" turns them round)."""

    merged = Signal(str)  # the survivor's id
    merged_result = Signal(object)  # the MergeResult: what changed and what moved

    def __init__(self, runner: TaskRunner, pair: Pair, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ids = (pair.a_id, pair.b_id)
        self.names = (pair.a_name, pair.b_name)
        self.fields: list[FieldChoice] = []
        self.counts: tuple[dict[str, int], dict[str, int]] = ({}, {})
        self.rows: dict[str, _Row] = {}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.headings = [QLabel(self) for _ in range(5)]
        for heading in self.headings:
            heading.setStyleSheet("font-weight: bold;")
            heading.setWordWrap(True)
        self.histories = [QLabel(self), QLabel(self)]
        for label in self.histories:
            label.setWordWrap(True)
            label.setStyleSheet("color: palette(mid);")
        self.form = QWidget(self)
        self.grid = QGridLayout(self.form)
        self.grid.setHorizontalSpacing(14)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(4, 3)
        for column, heading in enumerate(self.headings):
            self.grid.addWidget(heading, 0, column)
        self.grid.addWidget(self.histories[0], 1, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self.histories[1], 1, 2, Qt.AlignmentFlag.AlignTop)
        line = QFrame(self.form)
        line.setFrameShape(QFrame.Shape.HLine)
        self.grid.addWidget(line, 2, 0, 1, 5)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.swap = QPushButton(self)
        self.swap.clicked.connect(self.swap_sides)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.swap, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(940, 620)
        self.retranslate()
        self.load()

    # --- reading ----------------------------------------------------------------------------

    def load(self) -> None:
        a, b = self.ids
        self.merge_button.setEnabled(False)

        def job(s: Session) -> tuple[list[FieldChoice], dict[str, int], dict[str, int]]:
            return merge_fields(s, a, b), history_counts(s, a), history_counts(s, b)

        self.runner.read(job, self._loaded, self._failed)

    def _loaded(self, loaded: tuple[list[FieldChoice], dict[str, int], dict[str, int]]) -> None:
        self.fields, left, right = loaded
        self.counts = (left, right)
        for row in self.rows.values():
            for widget in (row.label, row.result, *row.buttons.values()):
                self.grid.removeWidget(widget)
                widget.deleteLater()
            row.group.deleteLater()
        self.rows = {}
        line = 3
        for choice in self.fields:
            if _blank(choice.left) and _blank(choice.right):
                continue  # neither has it: nothing to choose
            row = _Row(self.grid, line, choice, self.form)
            row.group.idToggled.connect(self._toggled)
            self.rows[choice.field] = row
            line += 1
        self.grid.setRowStretch(line, 1)
        self.merge_button.setEnabled(True)
        self.retranslate()
        self.preview()

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.preview()

    def choices(self) -> dict[str, str]:
        return {field: row.side for field, row in self.rows.items()}

    def labels(self) -> dict[str, str]:
        return {field: field_label(field) for field in FIELDS}

    def preview(self) -> None:
        """The merged value beside each row, as the survivor will hold it."""
        if not self.fields:
            return
        values = merged_values(self.fields, self.choices(), self.labels())
        for field, row in self.rows.items():
            text = value_text(field, values.get(field))
            row.result.setText(text)
            row.result.setToolTip(text if len(text) > _ELIDE else "")

    # --- acting -----------------------------------------------------------------------------

    def swap_sides(self) -> None:
        self.ids = (self.ids[1], self.ids[0])
        self.names = (self.names[1], self.names[0])
        self.retranslate()
        self.load()

    def merge(self) -> None:
        survivor, loser = self.ids
        choices, labels = self.choices(), self.labels()
        shown = {f.field: value_text(f.field, f.right) for f in self.fields}
        note = self.tr("Merged in: %1").replace("%1", self.names[1])
        settings = self.runner.profile.settings
        self.merge_button.setEnabled(False)

        def job(s: Session) -> MergeResult:
            result = merge_customers(s, survivor_id=survivor, loser_id=loser, choices=choices, labels=labels,
                                     note=note, shown=shown)  # fmt: skip
            analytics.refresh(s, settings=settings, customer_ids=[survivor])
            return result

        self.runner.write(job, self._done, self._failed)

    def _done(self, result: MergeResult) -> None:
        self.merged_result.emit(result)
        self.merged.emit(result.survivor_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.merge_button.setEnabled(bool(self.fields))
        if isinstance(exc, NotFound):
            text = self.tr("One of the two customers is gone: deleted, or merged already.")
        elif isinstance(exc, ValidationError):
            text = f"{field_label(exc.field)}: {error_text(exc)}"
        elif isinstance(exc, CrmError):
            text = exc.message
        else:
            self.runner.failed.emit(exc)
            return
        self.error.setText(text)
        self.error.show()

    # --- words ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge customers"))
        self.intro.setText(
            self.tr(
                "Choose each field's value. The customer on the left is kept; the one on the right is "
                "merged into it: its contact persons, history, visits, orders and leads move over, "
                "and it is deleted."
            )
        )
        texts = (
            self.tr("Field"),
            self.tr("Kept:") + "\n" + self.names[0],
            self.tr("Merged in:") + "\n" + self.names[1],
            self.tr("Keep both"),
            self.tr("Result"),
        )
        for heading, text in zip(self.headings, texts, strict=True):
            heading.setText(text)
        for label, counts in zip(self.histories, self.counts, strict=True):
            label.setText(self._history(counts))
        self.swap.setText(self.tr("Swap sides"))
        self.swap.setToolTip(self.tr("Keep the customer on the right instead"))
        self.merge_button.setText(self.tr("Merge"))
        for row in self.rows.values():
            row.reword()
        self.preview()

    def _history(self, counts: dict[str, int]) -> str:
        if not counts:
            return ""
        parts = [
            text
            for n, text in (
                (counts.get("contacts", 0), self.tr("%n contact person(s)", "", counts.get("contacts", 0))),
                (counts.get("timeline_entries", 0),
                 self.tr("%n history entry(ies)", "", counts.get("timeline_entries", 0))),
                (counts.get("visits", 0), self.tr("%n visit(s)", "", counts.get("visits", 0))),
                (counts.get("orders", 0), self.tr("%n order(s)", "", counts.get("orders", 0))),
                (counts.get("leads", 0), self.tr("%n lead(s)", "", counts.get("leads", 0))),
            )
            if n
        ]  # fmt: skip
        return "\n".join(parts) if parts else self.tr("No history")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
