"""The login dialog, the status-bar indicator and the conflicts panel."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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
    QToolButton,
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
from ..words import change_kind_text, field_text, record_kind_text
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


class SyncIndicator(QWidget):
    """offline / syncing (with how far it got, and Stop) / synced at HH:MM, then the changes to
    send, the conflicts to review and the rejected changes, each a click from its list."""

    open_pending = Signal()
    open_conflicts = Signal()
    open_attention = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.state = QLabel(self)
        self.stop = self._link(controller.stop)
        self.pending = self._link(self.open_pending.emit)
        self.conflicts = self._link(self.open_conflicts.emit, "#b9770e")
        self.attention = self._link(self.open_attention.emit, "#c0392b")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for part in (self.state, self.stop, self.pending, self.conflicts, self.attention):
            layout.addWidget(part)
        controller.state_changed.connect(self.show_state)
        controller.progressed.connect(self._progressed)  # a method: queued from the sync's thread
        self.show_state(controller.state, "")

    def _link(self, then: Any, colour: str = "palette(link)") -> QToolButton:
        """A part of the status bar that opens something: worded like the rest, looks like a link."""
        button = QToolButton(self)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet(f"QToolButton {{ color: {colour}; border: none; padding: 0 4px; }}")
        font = button.font()
        font.setUnderline(True)
        button.setFont(font)
        button.clicked.connect(then)
        button.hide()
        return button

    def show_state(self, state: str, detail: str) -> None:
        c, last = self.controller, self.controller.last
        if state == "syncing":
            text = self._progress_text()
        elif state == "synced" and c.synced_at is not None:
            text = self.tr("Synced at %1").replace("%1", c.synced_at.strftime("%H:%M"))
        elif state == "stopped":
            text = self.tr("Sync stopped")
        elif state == "error":
            text = self.tr("Sync failed")
        else:
            text = self.tr("Offline")
        if c.clock_off_ms and state != "syncing":
            minutes = max(1, round(abs(c.clock_off_ms) / 60_000))
            text += " · " + (self.tr("clock %n min ahead", "", minutes) if c.clock_off_ms > 0
                             else self.tr("clock %n min behind", "", minutes))  # fmt: skip
            detail = "\n".join(p for p in (detail, self.tr(
                "This computer's clock is off from the server's. Set the right time in the system settings; "
                "until then, your changes are stamped with the server's time."
            )) if p)  # fmt: skip
        self.state.setText(text)
        self.stop.setText(self.tr("Stop"))
        self.stop.setToolTip(self.tr("Stop syncing: what was sent or received so far stays"))
        self.stop.setVisible(state == "syncing")
        self.stop.setEnabled(not c.stopping)
        pending = last.pending if last is not None and state != "syncing" else 0  # the progress says it
        self.pending.setText(self.tr("%n change(s) to send", "", pending))
        self.pending.setToolTip(self.tr("Show the changes waiting to be sent"))
        self.pending.setVisible(bool(pending))
        conflicts = last.conflicts if last is not None else 0
        self.conflicts.setText(self.tr("%n conflict(s) to review", "", conflicts))
        self.conflicts.setToolTip(self.tr("Review the fields both sides changed"))
        self.conflicts.setVisible(bool(conflicts))
        attention = last.attention if last is not None else 0
        self.attention.setText(self.tr("%n rejected change(s)", "", attention))
        self.attention.setToolTip(self.tr("See the changes the server refused, and why"))
        self.attention.setVisible(bool(attention))
        if not c.keyring_used:
            detail = "\n".join(p for p in (detail, self.tr(
                "No system keyring: the login is kept until the app closes, then asked for again."
            )) if p)  # fmt: skip
        self.state.setToolTip(detail)
        self.setToolTip(detail)
        self._shown = (state, detail)

    def _progressed(self, _stage: str, _done: int, _total: int) -> None:
        self.show_state(*self._shown)

    def _progress_text(self) -> str:
        if self.controller.stopping:
            return self.tr("Stopping after this step…")
        stage, done, total = self.controller.progress or ("", 0, 0)
        if stage == "push" and total:
            return self.tr("Syncing: sent %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        if stage == "pull" and done:
            return self.tr("Syncing: received %n record(s)", "", done)
        return self.tr("Syncing…")

    def text(self) -> str:
        """What the status bar says, its parts in one line."""
        parts = (self.state, self.stop, self.pending, self.conflicts, self.attention)
        return " · ".join(p.text() for p in parts if not p.isHidden())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # re-worded in the new language
            self.show_state(*getattr(self, "_shown", (self.controller.state, "")))
        super().changeEvent(event)


def _value(value: Any) -> str:
    if value is None:
        return QCoreApplication.translate("Conflicts", "(empty)")
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictsModel(RowsModel):
    COLUMNS = ("record", "field", "kept", "kept_by", "lost", "who", "when")
    rows: list[ConflictRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: ConflictRow | None = self.row_at(index)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or row is None:
            return None
        column = self.COLUMNS[index.column()]
        return {
            "record": row.record, "field": field_text(row.field), "kept": _value(row.kept),
            "kept_by": row.kept_by, "lost": _value(row.lost), "who": row.lost_by,
            "when": row.at.replace("T", " ")[:16],
        }[column]  # fmt: skip

    def header(self, column: str) -> str:
        return {
            "record": self.tr("Record"), "field": self.tr("Field"), "kept": self.tr("Kept"),
            "kept_by": self.tr("Kept value by"), "lost": self.tr("Other value"),
            "who": self.tr("Other value by"), "when": self.tr("When"),
        }[column]  # fmt: skip


class _ListDialog(QDialog):
    """A short list read on the runner, the actions on it, and Close. The actions wait for a row
    to be chosen; an empty list says so."""

    def __init__(self, runner: TaskRunner, model: RowsModel, buttons: list[QPushButton],
                 parent: QWidget | None) -> None:  # fmt: skip
        super().__init__(parent)
        self.runner, self.model, self.action_buttons = runner, model, buttons
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._enable)
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
        self._enable()

    def intro_text(self, empty: bool) -> str:
        raise NotImplementedError

    def show_rows(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.intro.setText(self.intro_text(not rows))
        self._enable()

    def _enable(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        for button in self.action_buttons:
            button.setEnabled(chosen)


class ConflictsDialog(_ListDialog):
    """Field, the value kept and who wrote it, the other one and who wrote it, and when; keep or
    restore. Values are shown whole: long ones wrap, and the tooltip holds them too."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.keep, self.restore = QPushButton(), QPushButton()
        super().__init__(runner, ConflictsModel(), [self.keep, self.restore], parent)
        self.model.setParent(self)
        self.keep.setText(self.tr("Keep the kept value"))
        self.restore.setText(self.tr("Use the other value"))
        self.keep.clicked.connect(lambda: self._resolve(use_lost=False))
        self.restore.clicked.connect(lambda: self._resolve(use_lost=True))
        self.close_button.setText(self.tr("Close"))
        self.setWindowTitle(self.tr("Conflicts"))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        fit = QHeaderView.ResizeMode.ResizeToContents  # the values take the width that is left
        for column in ("record", "field", "kept_by", "who", "when"):
            header.setSectionResizeMode(ConflictsModel.COLUMNS.index(column), fit)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # rewrap to the width
        self.resize(980, 380)
        self.reload()

    def intro_text(self, empty: bool) -> str:
        if empty:
            return self.tr("No conflicts to review: nothing clashed, or every clash is settled.")
        return self.tr("Both sides changed these fields; the later change was kept.")

    def show_rows(self, rows: list[Any]) -> None:
        super().show_rows(rows)
        self.table.resizeRowsToContents()

    def reload(self) -> None:
        self.runner.read(open_conflicts, self.show_rows)

    def _resolve(self, *, use_lost: bool) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is None:
            return
        self.runner.write(lambda s: resolve(s, row.id, use_lost=use_lost), lambda _: self.reload())


_OPS = {"insert": "created", "update": "edited", "delete": "deleted"}


class AttentionModel(RowsModel):
    COLUMNS = ("at", "what", "reason")
    rows: list[AttentionRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: AttentionRow | None = self.row_at(index)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or row is None:
            return None
        column = self.COLUMNS[index.column()]
        if column == "at":
            return row.at
        if column == "what":
            changed = ", ".join(f"{field_text(k)}: {_value(v)}" for k, v in row.fields.items())
            kind = f"{record_kind_text(row.table)} · {change_kind_text(_OPS.get(row.op, row.op))}"
            return f"{kind}: {changed}" if changed else kind
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
        self.setWindowTitle(self.tr("Needs attention"))
        self.reload()

    def intro_text(self, empty: bool) -> str:
        if empty:
            return self.tr("Nothing needs attention: the server took every change.")
        return self.tr("The server refused these changes; the others went through.")

    def reload(self) -> None:
        self.runner.read(attention_rows, self.show_rows)

    def _discard(self) -> None:
        row = self.model.row_at(self.table.currentIndex())
        if row is not None:
            self.runner.write(lambda s: discard_attention(s, row.op_id), lambda _: self.reload())
