"""The login dialog, the status-bar indicator and the conflicts panel."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...sync.status import (
    AttentionRow,
    ConflictRow,
    attention_rows,
    discard_attention,
    open_conflicts,
    resolve,
)
from ..paged import Index, RowsModel
from ..tasks import TaskRunner
from ..words import field_text
from .controller import SyncController


class LoginDialog(QDialog):
    def __init__(self, controller: SyncController, server: str = "", user: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.controller = controller
        self.server = QLineEdit(server, self)
        self.server.setPlaceholderText("https://crm.example.com")
        self.user = QLineEdit(user, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Log in to sync"))
        self.setMinimumWidth(420)  # room for a whole server address
        (self.password if user else self.user).setFocus()

    def log_in(self) -> None:
        if not all(w.text().strip() for w in (self.server, self.user, self.password)):
            self.show_error(self.tr("Server, user and password are all needed."))
            return
        self.buttons.setEnabled(False)

        def failed(message: str) -> None:
            self.buttons.setEnabled(True)
            self.show_error(message)

        self.controller.synced.connect(self._logged_in)
        self.controller.login(
            self.server.text().strip(), self.user.text().strip(), self.password.text(), failed
        )

    def _logged_in(self) -> None:
        self.controller.synced.disconnect(self._logged_in)
        self.accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class SyncIndicator(QLabel):
    """offline / syncing / synced at HH:MM, with pending changes and conflicts to review."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.state_changed.connect(self.show_state)
        self.show_state(controller.state, "")

    def show_state(self, state: str, detail: str) -> None:
        c, last = self.controller, self.controller.last
        if state == "syncing":
            text = self.tr("Syncing…")
        elif state == "synced" and c.synced_at is not None:
            text = self.tr("Synced at %1").replace("%1", c.synced_at.strftime("%H:%M"))
        elif state == "error":
            text = self.tr("Sync failed")
        else:
            text = self.tr("Offline")
        if last is not None and last.pending:
            text += " · " + self.tr("%n change(s) to send", "", last.pending)
        if last is not None and last.conflicts:
            text += " · " + self.tr("%n conflict(s) to review", "", last.conflicts)
        if last is not None and last.attention:
            text += " · " + self.tr("%n rejected change(s)", "", last.attention)
        if not c.keyring_used:
            detail = "\n".join(p for p in (detail, self.tr(
                "No system keyring: the login is kept until the app closes, then asked for again."
            )) if p)  # fmt: skip
        self.setText(text)
        self.setToolTip(detail)
        self._shown = (state, detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # re-worded in the new language
            self.show_state(*getattr(self, "_shown", (self.controller.state, "")))
        super().changeEvent(event)


def _value(value: Any) -> str:
    if value is None:
        return QCoreApplication.translate("Conflicts", "(empty)")
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictsModel(RowsModel):
    COLUMNS = ("record", "field", "kept", "lost", "who", "when")
    rows: list[ConflictRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: ConflictRow | None = self.row_at(index)
        if role != Qt.ItemDataRole.DisplayRole or row is None:
            return None
        column = self.COLUMNS[index.column()]
        return {
            "record": row.record, "field": field_text(row.field), "kept": _value(row.kept),
            "lost": _value(row.lost), "who": row.lost_by, "when": row.at.replace("T", " ")[:16],
        }[column]  # fmt: skip

    def header(self, column: str) -> str:
        return {
            "record": self.tr("Record"), "field": self.tr("Field"), "kept": self.tr("Kept"),
            "lost": self.tr("Other value"), "who": self.tr("Other value by"), "when": self.tr("When"),
        }[column]  # fmt: skip


class _ListDialog(QDialog):
    """A short list read on the runner, the actions on it, and Close."""

    def __init__(self, runner: TaskRunner, model: RowsModel, buttons: list[QPushButton],
                 parent: QWidget | None) -> None:  # fmt: skip
        super().__init__(parent)
        self.runner, self.model = runner, model
        self.intro = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        for button in buttons:
            button.setParent(self)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.resize(760, 340)


class ConflictsDialog(_ListDialog):
    """Field, the value kept, the other one, who wrote it and when; keep or restore."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.keep, self.restore = QPushButton(), QPushButton()
        super().__init__(runner, ConflictsModel(), [self.keep, self.restore], parent)
        self.model.setParent(self)
        self.keep.setText(self.tr("Keep the kept value"))
        self.restore.setText(self.tr("Use the other value"))
        self.keep.clicked.connect(lambda: self._resolve(use_lost=False))
        self.restore.clicked.connect(lambda: self._resolve(use_lost=True))
        self.close_button.setText(self.tr("Close"))
        self.intro.setText(self.tr("Both sides changed these fields; the later change was kept."))
        self.setWindowTitle(self.tr("Conflicts"))
        self.reload()

    def reload(self) -> None:
        self.runner.read(open_conflicts, self.model.set_rows)

    def _resolve(self, *, use_lost: bool) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is None:
            return
        self.runner.write(lambda s: resolve(s, row.id, use_lost=use_lost), lambda _: self.reload())


class AttentionModel(RowsModel):
    COLUMNS = ("at", "what", "reason")
    rows: list[AttentionRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: AttentionRow | None = self.row_at(index)
        if role != Qt.ItemDataRole.DisplayRole or row is None:
            return None
        column = self.COLUMNS[index.column()]
        if column == "at":
            return row.at
        if column == "what":
            changed = ", ".join(f"{field_text(k)}: {_value(v)}" for k, v in row.fields.items())
            return f"{row.table} {row.op} {changed}".strip()
        return row.reason

    def header(self, column: str) -> str:
        return {
            "at": self.tr("When"),
            "what": self.tr("Change"),
            "reason": self.tr("Why the server refused it"),
        }[column]


class AttentionDialog(_ListDialog):
    """The "needs attention" list: rejected changes and the server's reason; discard once seen."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.discard = QPushButton()
        super().__init__(runner, AttentionModel(), [self.discard], parent)
        self.model.setParent(self)
        self.discard.setText(self.tr("Discard the change"))
        self.discard.clicked.connect(self._discard)
        self.close_button.setText(self.tr("Close"))
        self.intro.setText(self.tr("The server refused these changes; the others went through."))
        self.setWindowTitle(self.tr("Needs attention"))
        self.reload()

    def reload(self) -> None:
        self.runner.read(attention_rows, self.model.set_rows)

    def _discard(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is not None:
            self.runner.write(lambda s: discard_attention(s, row.op_id), lambda _: self.reload())
