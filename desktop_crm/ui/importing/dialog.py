"""The import dialog: a CSV, Excel or vCard file read on a worker, its columns matched to fields
(remembered for the next file with the same headings, else guessed), a preview, a dry-run check
that says what would be added, updated and rejected, then the import itself, all or nothing
unless the user skips invalid rows (DESIGN.md section 7)."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...core.errors import CrmError, Progress
from ...io.files import write_file
from ...io.importer import KEYS, ImportRejected, ImportResult, default_key, import_table
from ...io.mapping import KIND_FIELDS, guess, guess_kind, signature
from ...io.tables import Table, read_table
from ..progress import run_with_progress
from ..tasks import TaskRunner
from .columns import MappingPanel
from .models import ERROR_COLOUR, key_text, kind_text, reason_text, source_text
from .outcome import OutcomePanel, counts_text

KINDS = ("customers", "contacts", "leads")
FILE_FILTER = "*.csv *.txt *.tsv *.xlsx *.vcf"
SHOWN_REJECTED = 5  # lines named in the message box when an import is refused
NAME_FIELDS = frozenset({"name", "given_name", "family_name"})


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult of a written import

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.path = path
        self.table: Table | None = None
        self.load_error = ""  # why the file could not be read, as the core words it
        self._key_chosen = False  # the user picked a key: mapping changes no longer move it

        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind_text(kind), kind)
        vcf = path is not None and path.suffix.lower() == ".vcf"
        self.kind.setCurrentIndex(KINDS.index("contacts" if vcf else "customers"))
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.key = QComboBox(self)
        self.key.activated.connect(self._key_activated)
        for box in (self.kind, self.key):  # their words change with the kind and the language
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.skip = QCheckBox(self)
        self.kind_label, self.key_label = QLabel(self), QLabel(self)
        options = QHBoxLayout()
        for label, box in ((self.kind_label, self.kind), (self.key_label, self.key)):
            label.setBuddy(box)
            options.addWidget(label)
            options.addWidget(box)
            options.addSpacing(16)
        options.addWidget(self.skip)
        options.addStretch(1)
        self.panel = MappingPanel(self)
        self.panel.changed.connect(self._mapping_changed)
        self.hint = QLabel(self)
        self.hint.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.outcome = OutcomePanel(self)
        self.outcome.changed.connect(self._outcome_changed)
        self.skip.toggled.connect(self.outcome.set_skipping)

        self.save_errors = QPushButton(self)
        self.save_errors.clicked.connect(self.save_errors_as)
        self.check = QPushButton(self)
        self.check.clicked.connect(self.run_check)
        self.import_button = QPushButton(self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_errors)
        buttons.addStretch(1)
        for button in (self.check, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(options)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(1040, 660)
        self.panel.setSizes([500, 540])  # the columns with their choices whole, the rest for the preview
        if path is not None:
            self.load(path)

    # --- wording ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        name = self.path.name if self.path else ""
        self.setWindowTitle(self.tr("Import %1").replace("%1", name) if name else self.tr("Import"))
        self.kind_label.setText(self.tr("Import &as"))
        self.key_label.setText(self.tr("&Match existing by"))
        self.key.setToolTip(
            self.tr("A row that matches a record already here updates it instead of adding one")
        )
        self.skip.setText(self.tr("&Skip invalid rows (import the others)"))
        self.save_errors.setText(self.tr("Save &errors as CSV…"))
        self.check.setText(self.tr("&Check"))
        self.check.setToolTip(self.tr("Try the import without changing anything"))
        self.import_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Cancel"))
        for i, kind in enumerate(KINDS):
            self.kind.setItemText(i, kind_text(kind))
        for i in range(self.key.count()):
            self.key.setItemText(i, key_text(self.key.itemData(i)))
        self.panel.retranslate()
        self._show_source()
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_source(self) -> None:
        self.source.setStyleSheet(f"color: {ERROR_COLOUR};" if self.load_error else "")
        if self.path is None:
            self.source.setText("")
        elif self.load_error:
            self.source.setText(html.escape(self.load_error))
        elif self.table is None:
            self.source.setText(html.escape(self.tr("Reading %1…").replace("%1", self.path.name)))
        else:
            n = len(self.table.rows) + len(self.table.broken)
            self.source.setText(
                self.tr("<b>%1</b>: %2, %n row(s)", "", n)
                .replace("%1", html.escape(self.path.name))
                .replace("%2", html.escape(source_text(self.table.source)))
            )

    # --- reading the file ------------------------------------------------------------------

    def load(self, path: Path) -> None:
        """Read the file on a worker: disk work stays off the GUI thread."""
        self.path, self.table, self.load_error = path, None, ""
        self.retranslate()
        self._enable()
        self.runner.read(lambda _s: read_table(path), self._loaded, self._load_failed)

    def _loaded(self, table: Table) -> None:
        self.table = table
        self._show_source()
        # A Google or Outlook export holds contact persons (this also sets the kind's fields).
        self.kind.setCurrentIndex(
            max(0, self.kind.findData(guess_kind(table.headers, self.path.suffix if self.path else "")))
        )
        self._set_fields(self._initial_fields())

    def _load_failed(self, exc: Exception) -> None:
        if isinstance(exc, CrmError):
            self.load_error = exc.message
        else:  # a bug: the main window reports it; the dialog does not go on saying "Reading…"
            self.load_error = self.tr("Cannot read %1").replace("%1", self.path.name if self.path else "")
            self.runner.failed.emit(exc)
        self._show_source()

    # --- the mapping -----------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def mapping(self) -> list[str]:
        return self.panel.mapping()

    def _remembered_key(self) -> str:
        assert self.table is not None
        return f"{self.current_kind()}:{signature(self.table.headers)}"

    def _initial_fields(self) -> list[str]:
        """The mapping used the last time a file with these headings was imported as this kind,
        else a guess from the headings."""
        assert self.table is not None
        kind, headers = self.current_kind(), self.table.headers
        known = self.runner.profile.settings.import_mappings.get(self._remembered_key())
        if known and len(known) == len(headers) and all(f == "" or f in KIND_FIELDS[kind] for f in known):
            return list(known)
        return guess(headers, kind)

    def _set_fields(self, fields: list[str]) -> None:
        assert self.table is not None
        self.panel.set_table(self.table, fields, self.current_kind())
        kind = self.current_kind()
        self.key.clear()
        for key in KEYS[kind]:
            self.key.addItem(key_text(key), key)
        self._mapping_changed()

    def _kind_changed(self) -> None:
        self._key_chosen = False
        if self.table is not None:
            self._set_fields(self._initial_fields())

    def _key_activated(self, _index: int) -> None:
        self._key_chosen = True
        self.outcome.set_result(None)

    def _mapping_changed(self) -> None:
        if not self._key_chosen:
            key = default_key(self.current_kind(), self.mapping())
            self.key.setCurrentIndex(max(0, self.key.findData(key)))
        self._show_hint()
        self.outcome.set_result(None)

    def _show_hint(self) -> None:
        fields = set(self.mapping())
        hint = ""
        if self.table is None:
            pass
        elif not NAME_FIELDS & fields:
            hint = self.tr("Choose the column that holds the name (or the given and family names).")
        elif self.current_kind() == "contacts" and "company" not in fields:
            hint = self.tr(
                "Choose the column that holds the company: each contact person belongs to a customer."
            )
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _enable(self) -> None:
        loaded = self.table is not None
        ready = loaded and bool(NAME_FIELDS & set(self.mapping()))
        self.check.setEnabled(ready)
        self.import_button.setEnabled(ready)
        for widget in (self.kind, self.key, self.skip):
            widget.setEnabled(loaded)
        self.save_errors.setEnabled(bool(self.outcome.rejected))

    # --- check and import ------------------------------------------------------------------

    def _job(self, *, dry_run: bool, skip_invalid: bool) -> Callable[[Session, Progress], ImportResult]:
        assert self.table is not None
        table, kind, mapping, key = self.table, self.current_kind(), self.mapping(), self.key.currentData()
        settings = self.runner.profile.settings

        def job(session: Session, progress: Progress) -> ImportResult:
            return import_table(session, table, kind=kind, mapping=mapping, key=key, region=settings.default_region,
                                skip_invalid=skip_invalid, dry_run=dry_run, settings=settings,
                                progress=progress)  # fmt: skip

        return job

    def run_check(self) -> None:
        """A dry run on the readers: nothing is written. Invalid rows are set aside, so the
        counts say what the valid rows would do; the summary says when they block the import."""

        def failed(exc: Exception) -> None:
            if isinstance(exc, ImportRejected):
                self.outcome.set_result(exc.result, "check")
            else:
                self._failed(exc)

        self.outcome.say("")
        label = self.tr("Checking %1…").replace("%1", self.path.name if self.path else "")
        run_with_progress(self, self.runner, label, self._job(dry_run=True, skip_invalid=True),
                          lambda r: self.outcome.set_result(r, "check"), self._cancelled, failed, write=False)  # fmt: skip

    def run_import(self) -> None:
        self.outcome.say("")
        label = self.tr("Importing %1…").replace("%1", self.path.name if self.path else "")
        run_with_progress(self, self.runner, label, self._job(dry_run=False, skip_invalid=self.skip.isChecked()),
                          self._imported, self._cancelled, self._import_failed, write=True)  # fmt: skip

    def _imported(self, result: ImportResult) -> None:
        self.runner.profile.settings.import_mappings[self._remembered_key()] = self.mapping()
        with contextlib.suppress(OSError):  # the import stands; only the mapping is not remembered
            self.runner.profile.save_settings()
        self.outcome.set_result(result, "import")
        self.imported.emit(result)
        QMessageBox.information(self, self.tr("Import finished"), counts_text(result, "import"))
        self.accept()

    def _import_failed(self, exc: Exception) -> None:
        if not isinstance(exc, ImportRejected):
            self._failed(exc)
            return
        self.outcome.set_result(exc.result, "refused")
        rejected = exc.result.rejected
        lines = [
            self.tr("Line %1: %2").replace("%1", str(r.line)).replace("%2", reason_text(r, exc.result.kind))
            for r in rejected[:SHOWN_REJECTED]
        ]
        if len(rejected) > SHOWN_REJECTED:
            lines.append(self.tr("… and %n more", "", len(rejected) - SHOWN_REJECTED))
        why = self.tr("%n row(s) cannot be imported, so nothing was imported: the data stays as it was.",
                      "", len(rejected))  # fmt: skip
        fix = self.tr("Correct them in the file, or tick “Skip invalid rows” to import the others.")
        QMessageBox.warning(self, self.tr("Nothing imported"), "\n\n".join((why, "\n".join(lines), fix)))

    def _cancelled(self) -> None:
        self.outcome.say(self.tr("Cancelled: nothing was changed."))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, CrmError):  # a mapping the core refuses, a file that cannot be written
            self.outcome.say(exc.message, error=True)
        else:
            self.runner.failed.emit(exc)

    def _outcome_changed(self) -> None:
        self.panel.set_rejected(self.outcome.rejected, self.current_kind())  # the preview marks them
        self._enable()

    def save_errors_as(self) -> None:
        result = self.outcome.result
        if result is None or not result.rejected:
            return
        start = Path.home() / f"{self.path.stem if self.path else 'import'}-errors.csv"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save errors as CSV"), str(start),
                                              self.tr("CSV files (*.csv)"))  # fmt: skip
        if not name:
            return
        headings = (self.tr("Line"), self.tr("Why it cannot be imported"))
        data = result.errors_csv(self.table, lambda r: reason_text(r, result.kind), headings)
        target = Path(name)

        def saved(_none: None) -> None:
            self.outcome.say(self.tr("Rejected rows saved to %1").replace("%1", str(target)))

        self.runner.read(lambda _s: write_file(target, data), saved, self._failed)


def open_import(parent: QWidget | None, runner: TaskRunner) -> ImportDialog | None:
    """Ask for a file, then open the import dialog on it (None if the user chose no file)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Import from a file"),
        str(Path.home()),  # not the folder the app happened to start in
        QCoreApplication.translate("ImportDialog", "Tables and address books (%1)").replace("%1", FILE_FILTER)
        + ";;"
        + QCoreApplication.translate("ImportDialog", "CSV files (*.csv *.txt *.tsv)")
        + ";;"
        + QCoreApplication.translate("ImportDialog", "Excel workbooks (*.xlsx)")
        + ";;"
        + QCoreApplication.translate("ImportDialog", "vCard address books (*.vcf)"),
    )
    if not name:
        return None
    dialog = ImportDialog(runner, parent, Path(name))
    dialog.open()
    return dialog
