"""Capture mode: one visitor after another at a trade show, by keyboard only.

Enter saves and clears the form for the next visitor; the form clears only once the lead is
committed, so a crash loses at most the visitor being typed. A handheld scanner (it types like a
keyboard) or a paste into the scan box fills the form from a badge or card; a payload that is no
card is kept verbatim on the lead. Beside the form, people the profile already knows who look
like this visitor: "This is them" links the lead to them instead of making a duplicate."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...core import events
from ...core.duplicates import Match, likely_duplicates
from ...core.errors import ValidationError
from ...core.validation import format_phone
from ...io.cards import read_payload
from ..customers.dialog import error_text
from ..icons import icon
from ..tasks import TaskRunner

FIELDS = ("name", "company", "title", "phone", "email", "city", "province", "interest", "notes")
CHECKED = ("name", "company", "phone", "email")  # what the duplicate check looks at
SCAN_IDLE_MS = 250  # a scanner types a whole payload well within this
CHECK_DELAY_MS = 300
RECENT = 6


class CaptureWindow(QDialog):
    saved = Signal(str)  # lead id, once committed

    def __init__(
        self, runner: TaskRunner, event_id: str, event_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner, self.event_id, self.event_name = runner, event_id, event_name
        self.editing: str | None = None  # a recent lead being corrected
        self.raw_payload: str | None = None
        self.link: Match | None = None
        self.matches: list[Match] = []
        self._check_seq = 0
        self._saving = False
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)  # read at arm's length, on a stand
        self.setFont(font)

        self.scan = QPlainTextEdit(self)
        self.scan.setObjectName("scan")
        self.scan.setTabChangesFocus(True)
        self.scan.setFixedHeight(self.scan.fontMetrics().lineSpacing() * 2 + 14)
        self._scan_timer = QTimer(self, singleShot=True, interval=SCAN_IDLE_MS)
        self._scan_timer.timeout.connect(self._read_scan)
        self.scan.textChanged.connect(self._scan_timer.start)
        self.scan_note = QLabel(self)
        self.scan_note.setWordWrap(True)
        self.camera_button = QPushButton(self)
        self.camera_button.setAutoDefault(False)
        self.camera_button.clicked.connect(self.toggle_camera)
        self.scanner: Any = None  # a CameraScanner once the camera is first used
        self.preview: Any = None  # its QVideoWidget, made with the scanner

        self.edits = {name: QLineEdit(self) for name in FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(name)
            edit.textEdited.connect(self._clear_error)
            if name in CHECKED:
                edit.textChanged.connect(self._schedule_check)
        self.rating = QComboBox(self)
        self.rating.setObjectName("rating")
        self.consent = QComboBox(self)
        self.consent.setObjectName("consent")
        self.consent.currentIndexChanged.connect(self._clear_error)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._check)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name in ("scan", *FIELDS[:7], "rating", "interest", "notes", "consent"):
            widget: QWidget = {"scan": self.scan, "rating": self.rating, "consent": self.consent}.get(
                name, self.edits.get(name)
            )  # type: ignore[assignment]
            self.labels[name] = QLabel(self)
            self.labels[name].setBuddy(widget)
            self.form.addRow(self.labels[name], widget)
            if name == "scan":
                row = QHBoxLayout()
                row.addWidget(self.camera_button)
                row.addWidget(self.scan_note, 1)
                self.form.addRow("", row)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)

        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        counter_font = self.counter.font()
        counter_font.setBold(True)
        self.counter.setFont(counter_font)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recent")
        self.recent.itemActivated.connect(self._correct)
        self.dupes_title = QLabel(self)
        self.dupes = QListWidget(self)
        self.dupes.setObjectName("dupes")
        self.dupes.setWordWrap(True)
        self.dupes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dupes.itemActivated.connect(lambda _item: self.this_is_them())
        self.them_button = QPushButton(self)
        self.them_button.clicked.connect(self.this_is_them)
        self.them_button.setEnabled(False)
        self.dupes.currentRowChanged.connect(lambda row: self.them_button.setEnabled(row >= 0))
        self.linked = QLabel(self)
        self.linked.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.counter)
        left.addLayout(self.form)
        left.addWidget(self.error)
        left.addWidget(self.save_button)
        left.addStretch(1)  # spare height below the form, not between its rows
        right = QVBoxLayout()
        right.addWidget(self.dupes_title)
        right.addWidget(self.dupes, 2)
        right.addWidget(self.them_button)
        right.addWidget(self.linked)
        self.recent_title = QLabel(self)
        right.addWidget(self.recent_title)
        right.addWidget(self.recent, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        for view in (self.recent, self.dupes):
            view.installEventFilter(self)
        QShortcut(QKeySequence("Ctrl+T"), self, self.this_is_them)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("F2"), self, self.toggle_camera)
        self.retranslate()
        self.resize(1100, 720)
        self.clear()
        self.refresh()

    # --- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Capture leads: %1").replace("%1", self.event_name))
        words = {
            "scan": self.tr("&Scan or paste"), "name": self.tr("&Name"), "company": self.tr("Co&mpany"),
            "title": self.tr("&Title"), "phone": self.tr("&Phone"), "email": self.tr("&E-mail"),
            "city": self.tr("C&ity"), "province": self.tr("Pro&vince"), "rating": self.tr("&Rating"),
            "interest": self.tr("Pro&ducts of interest"), "notes": self.tr("N&otes"),
            "consent": self.tr("May we &contact them?"),
        }  # fmt: skip
        for name, text in words.items():
            self.labels[name].setText(text)
        self.scan.setPlaceholderText(self.tr("Scan a badge or business card, or paste a vCard"))
        self.edits["interest"].setPlaceholderText(self.tr("Products they asked about"))
        self.edits["phone"].setPlaceholderText(self.tr("e.g. 138 1234 5678"))
        for combo, items in (
            (self.rating, (("warm", self.tr("Warm")), ("hot", self.tr("Hot")), ("cold", self.tr("Cold")))),
            (self.consent, ((None, self.tr("— ask them —")), (True, self.tr("Yes")), (False, self.tr("No")))),
        ):
            current = combo.currentIndex()
            combo.clear()
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, current))
        self.save_button.setText(self.tr("Save and next (Enter)"))
        self._word_camera_button()
        self.dupes_title.setText(self.tr("Already known?"))
        self.them_button.setText(self.tr("This is them (Ctrl+T)"))
        self.recent_title.setText(self.tr("Last leads (Enter to correct)"))
        self._show_link()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_matches(self.matches)
            self.refresh()  # the counter's words
        super().changeEvent(event)

    # --- the form --------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: self.edits[name].text().strip() for name in FIELDS}
        out["rating"] = self.rating.currentData()
        out["consent"] = self.consent.currentData()
        out["raw_payload"] = self.raw_payload
        out["customer_id"] = self.link.id if self.link and self.link.kind == "customer" else None
        out["contact_id"] = self.link.id if self.link and self.link.kind == "contact" else None
        return out

    def clear(self) -> None:
        self.editing, self.raw_payload, self.link = None, None, None
        for edit in self.edits.values():
            edit.clear()
        self.scan.blockSignals(True)
        self.scan.clear()
        self.scan.blockSignals(False)
        self.scan_note.clear()
        self.rating.setCurrentIndex(0)
        self.consent.setCurrentIndex(0)
        self.error.hide()
        self._show_matches([])
        self._show_link()
        self.edits["name"].setFocus()

    def _clear_error(self) -> None:
        self.error.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter anywhere but in the scan box (where a scanner's line ends arrive) saves;
        # Escape clears a started form, and closes an empty one.
        key = event.keyCombination()
        if key in (QKeyCombination(Qt.Key.Key_Return), QKeyCombination(Qt.Key.Key_Enter)):
            self.save()
            return
        if key == QKeyCombination(Qt.Key.Key_Escape):
            if any(e.text() for e in self.edits.values()) or self.editing:
                self.clear()
            else:
                self.reject()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on a list picks its item, and goes no further (the form would save).
        if (
            watched in (self.recent, self.dupes)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            view = self.recent if watched is self.recent else self.dupes
            item = view.currentItem()
            if item is not None:
                view.itemActivated.emit(item)
            return True
        return super().eventFilter(watched, event)

    def save(self) -> None:
        if self._saving:
            return  # Enter held down, or pressed twice: one lead
        values, editing = self.values(), self.editing
        if not values["name"] and not editing:
            self._show_error(ValidationError("name", "required", "must be given"))
            return
        event_id = self.event_id
        region = self.runner.profile.settings.default_region

        def job(session: Session) -> str:
            if editing:
                values.pop("raw_payload")
                events.update_lead(session, editing, region=region, **values)
                return editing
            return events.capture_lead(session, event_id=event_id, region=region, **values)

        def done(lead_id: str) -> None:
            self._saving = False
            self.clear()  # only now: the lead is in the database
            self.refresh()
            self.saved.emit(lead_id)

        def failed(exc: Exception) -> None:
            self._saving = False
            if isinstance(exc, ValidationError):
                self._show_error(exc)
            else:
                self.runner.failed.emit(exc)

        self._saving = True
        self.runner.write(job, done, failed)

    def _show_error(self, exc: ValidationError) -> None:
        names = {"name": self.tr("Name"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
                 "consent": self.tr("Consent to be contacted"), "rating": self.tr("Rating")}  # fmt: skip
        self.error.setText(f"{names.get(exc.field, exc.field)}: {error_text(exc)}")
        self.error.show()
        widget = self.edits.get(exc.field) or {"consent": self.consent, "rating": self.rating}.get(exc.field)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    # --- scanning --------------------------------------------------------------------------

    def _read_scan(self) -> None:
        self.fill_from(self.scan.toPlainText().strip())

    def fill_from(self, payload: str) -> None:
        """Fill the form from a scanned or pasted payload (kept verbatim on the lead)."""
        if not payload:
            return
        card = read_payload(payload)
        self.raw_payload = payload  # kept verbatim on the lead, card or not
        self.scan.blockSignals(True)
        self.scan.clear()
        self.scan.blockSignals(False)
        if not card.fields:
            self.scan_note.setText(
                self.tr("Not a card this app can read: it is kept with the lead as scanned.")
            )
            self.edits["name"].setFocus()
            return
        for name, value in card.fields.items():
            if name in self.edits:
                self.edits[name].setText(value)
        self.scan_note.setText(self.tr("Filled from the scan: check it, then rate and ask about contact."))
        self.rating.setFocus()

    # --- the camera --------------------------------------------------------------------------

    def toggle_camera(self) -> None:
        from .camera import CameraScanner, has_camera  # QtMultimedia only when asked for

        if self.scanner is not None and self.scanner.running:
            self._stop_camera()
            return
        if not has_camera():
            self.scan_note.setText(self.tr("No camera found: scan with a handheld scanner, or paste."))
            return
        from PySide6.QtMultimediaWidgets import QVideoWidget

        if self.scanner is None:
            self.scanner = CameraScanner(self)
            self.scanner.found.connect(self._camera_found)
        if self.preview is None:
            self.preview = QVideoWidget(self)
            self.preview.setFixedHeight(220)
            self.form.insertRow(2, "", self.preview)
        self.preview.show()
        self.scanner.start(self.preview.videoSink())
        self.scan_note.setText(self.tr("Hold the badge's QR code up to the camera."))
        self._word_camera_button()

    def _stop_camera(self) -> None:
        if self.scanner is not None:
            self.scanner.stop()
        if self.preview is not None:
            self.preview.hide()
        self._word_camera_button()

    def _camera_found(self, text: str) -> None:
        self._stop_camera()
        self.fill_from(text)

    def _word_camera_button(self) -> None:
        on = self.scanner is not None and self.scanner.running
        self.camera_button.setText(self.tr("Stop camera (F2)") if on else self.tr("Camera (F2)"))

    def done(self, result: int) -> None:
        self._stop_camera()  # the camera light goes off with the window
        super().done(result)

    # --- duplicates ------------------------------------------------------------------------

    def _schedule_check(self) -> None:
        self._check_timer.start()

    def _check(self) -> None:
        v = {name: self.edits[name].text() for name in CHECKED}
        self._check_seq += 1
        seq, region, editing = self._check_seq, self.runner.profile.settings.default_region, self.editing

        def job(session: Session) -> list[Match]:
            return likely_duplicates(session, name=v["name"], company=v["company"], phone=v["phone"],
                                     email=v["email"], region=region, exclude=editing)  # fmt: skip

        def done(found: list[Match]) -> None:
            if seq == self._check_seq:  # a later keystroke's answer wins
                self._show_matches(found)

        self.runner.read(job, done)

    def _show_matches(self, found: list[Match]) -> None:
        self.matches = [m for m in found if m.kind != "lead" or m.id != self.editing]
        self.dupes.clear()
        kinds = {
            "customer": self.tr("Customer"),
            "contact": self.tr("Contact person"),
            "lead": self.tr("Earlier lead"),
        }
        reasons = {"phone": self.tr("same phone"), "email": self.tr("same e-mail"), "name": self.tr("same name"),
                   "company": self.tr("same company")}  # fmt: skip
        for m in self.matches:
            why = ", ".join(reasons[r] for r in m.reasons)
            item = QListWidgetItem(f"{m.name}  ({kinds[m.kind]}; {why})\n{m.detail}")
            item.setIcon(icon("contact-person" if m.kind != "customer" else "new-customer"))
            self.dupes.addItem(item)
        self.them_button.setEnabled(False)
        if self.matches:
            self.dupes.setCurrentRow(0)

    def this_is_them(self) -> None:
        row = self.dupes.currentRow()
        if not 0 <= row < len(self.matches):
            return
        match = self.matches[row]
        if match.kind == "lead":
            # The same visitor again: correct that lead rather than make a second one.
            self._load(match.id)
            return
        self.link = match
        self._show_link()
        self.edits["name"].setFocus()

    def _show_link(self) -> None:
        if self.link is None:
            self.linked.clear()
        else:
            self.linked.setText(
                self.tr("Will be linked to %1 (no new customer).").replace("%1", self.link.name)
            )

    # --- counter and recent leads ----------------------------------------------------------

    def refresh(self) -> None:
        event_id, today = self.event_id, dt.date.today()

        def job(session: Session) -> tuple[int, list[events.LeadRow]]:
            return events.captured_on(session, event_id, today), events.lead_rows(
                session, event_id, limit=RECENT
            )

        def done(result: tuple[int, list[events.LeadRow]]) -> None:
            count, rows = result
            self.counter.setText(self.tr("%n lead(s) today at this event", "", count))
            self.recent.clear()
            for r in rows:
                when = (
                    f"{r.captured_at:%H:%M}"
                    if r.captured_at.date() == today
                    else f"{r.captured_at:%m-%d %H:%M}"
                )
                item = QListWidgetItem(f"{when}  {r.name}  {r.company}  {format_phone(r.phone)}")
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.recent.addItem(item)

        self.runner.read(job, done)

    def _correct(self, item: QListWidgetItem) -> None:
        self._load(item.data(Qt.ItemDataRole.UserRole))

    def _load(self, lead_id: str) -> None:
        def job(session: Session) -> dict[str, Any]:
            lead = events.get_lead(session, lead_id)
            return {f: getattr(lead, f) for f in (*FIELDS, "rating", "consent")}

        def done(values: dict[str, Any]) -> None:
            self.clear()
            self.editing = lead_id
            for name in FIELDS:
                value = values[name] or ""
                self.edits[name].setText(format_phone(value) if name == "phone" else value)
            self.rating.setCurrentIndex(max(0, self.rating.findData(values["rating"])))
            self.consent.setCurrentIndex(max(0, self.consent.findData(values["consent"])))
            self.scan_note.setText(self.tr("Correcting a saved lead: Enter saves the change."))
            self.edits["name"].setFocus()

        self.runner.read(job, done)
