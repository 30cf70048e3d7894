"""The import dialog: a file read off the GUI thread, its columns matched to fields (guessed, or
remembered from the last import of the same headings), a check that changes nothing, and an
import that is all or nothing unless invalid rows are skipped."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_crm.core.models import Contact, Customer
from desktop_crm.io.importer import ImportResult
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.importing import ImportDialog, open_import
from desktop_crm.ui.tasks import TaskRunner

DATA = Path(__file__).parent.parent / "data" / "import"


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    p = open_profile(tmp_path / "p")
    yield p
    p.close()


@pytest.fixture
def runner(profile: Profile, qapp: object) -> TaskRunner:
    return TaskRunner(profile, synchronous=True)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Message boxes shown, as (kind, title, text), instead of waiting for a click."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            "desktop_crm.ui.importing.dialog.QMessageBox." + kind,
            lambda _parent, title, text, *_a, kind=kind, **_k: shown.append((kind, title, text)),
        )
    return shown


def count(profile: Profile, model: type[Customer] | type[Contact]) -> int:
    with profile.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False))) or 0


def dialog_on(runner: TaskRunner, qtbot: QtBot, name: str) -> ImportDialog:
    dialog = ImportDialog(runner, None, DATA / name)
    qtbot.addWidget(dialog)
    assert dialog.table is not None, dialog.load_error
    return dialog


def field_of(dialog: ImportDialog, header: str) -> str:
    assert dialog.table is not None
    return dialog.mapping()[dialog.table.headers.index(header)]


def choose(dialog: ImportDialog, header: str, field: str) -> None:
    assert dialog.table is not None
    box = dialog.panel.field_boxes[dialog.table.headers.index(header)]
    assert box.findData(field) >= 0, f"{field} not offered"
    box.setCurrentIndex(box.findData(field))


def test_chinese_csv_opens_mapped(runner: TaskRunner, qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    dialog = dialog_on(runner, qtbot, "customers_gb18030.csv")
    assert dialog.current_kind() == "customers"
    assert "GB18030" in dialog.source.text() and "comma" in dialog.source.text()
    assert "4 row" in dialog.source.text()  # "4 rows" once the catalogue has the plural
    assert field_of(dialog, "客户名称") == "name"
    assert field_of(dialog, "联系人") == "contact"
    assert dialog.panel.field_boxes[0].currentText() == "Customer name"
    assert dialog.key.currentData() == "name_city"
    columns = dialog.panel.columns_model
    assert columns.rowCount() == 9
    assert columns.data(columns.index(0, 2)) == "北京华联商厦股份有限公司"
    # A value spread over two lines in the file is shown on one.
    address = dialog.table.headers.index("地址") if dialog.table else 0
    assert "\n" not in columns.data(columns.index(address, 2))
    preview = dialog.panel.preview_model
    assert preview.rowCount() == 4
    assert preview.headerData(0, Qt.Orientation.Vertical) is None
    assert preview.headings[:2] == ["Line", "Customer name"]
    assert preview.data(preview.index(1, 0)) == "3"  # the second row starts on line 3
    assert dialog.check.isEnabled() and dialog.import_button.isEnabled()
    qtmodeltester.check(columns, force_py=True)
    qtmodeltester.check(preview, force_py=True)


def test_check_changes_nothing(
    runner: TaskRunner, profile: Profile, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    dialog = dialog_on(runner, qtbot, "customers_gb18030.csv")
    dialog.check.click()
    assert dialog.outcome.result is not None
    assert dialog.outcome.summary.text().count("4 to add, 0 to update, 0 unchanged, 0 invalid") == 1
    assert not dialog.save_errors.isEnabled()
    assert count(profile, Customer) == 0 and count(profile, Contact) == 0
    assert profile.settings.import_mappings == {}
    qtmodeltester.check(dialog.outcome.rejected_model, force_py=True)


def test_import_adds_and_remembers_the_mapping(
    runner: TaskRunner, profile: Profile, qtbot: QtBot, messages: list[tuple[str, str, str]]
) -> None:
    dialog = dialog_on(runner, qtbot, "customers_gb18030.csv")
    choose(dialog, "备注", "")  # the notes column is not wanted
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    result = signal.args[0]
    assert isinstance(result, ImportResult) and result.created == 4 and result.written
    assert count(profile, Customer) == 4
    assert count(profile, Contact) == 3  # the fourth row names nobody
    assert messages == [
        ("information", "Import finished", "4 added, 0 updated, 0 unchanged, 0 invalid skipped")
    ]
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    with profile.session() as s:
        assert s.scalar(select(Customer.notes).where(Customer.name == "北京华联商厦股份有限公司")) == ""
    # The same headings next time: the hand-changed mapping, also after the profile is reopened.
    remembered = open_profile(profile.path).settings.import_mappings
    assert len(remembered) == 1
    again = dialog_on(runner, qtbot, "customers_gb18030.csv")
    assert field_of(again, "备注") == ""
    assert field_of(again, "客户名称") == "name"
    # Another kind has its own mapping: notes are guessed again there.
    again.kind.setCurrentIndex(again.kind.findData("contacts"))
    assert field_of(again, "备注") == "notes"
    assert field_of(again, "客户名称") == "company" and field_of(again, "联系人") == "name"
    assert [again.key.itemData(i) for i in range(again.key.count())] == ["name_company", "email", "phone"]
    # Importing the same file twice adds nothing the second time.
    again.kind.setCurrentIndex(again.kind.findData("customers"))
    again.check.click()
    assert "0 to add, 0 to update, 4 unchanged" in again.outcome.summary.text()


def test_bad_rows_import_nothing_unless_skipped(
    runner: TaskRunner, profile: Profile, qtbot: QtBot, messages: list[tuple[str, str, str]],
    qtmodeltester: ModelTester,
) -> None:  # fmt: skip
    dialog = dialog_on(runner, qtbot, "customers_bad_rows.csv")
    dialog.check.click()
    assert "2 to add, 0 to update, 0 unchanged, 4 invalid" in dialog.outcome.summary.text()
    assert "imports nothing" in dialog.outcome.summary.text()  # as long as invalid rows are not skipped
    assert [r.line for r in dialog.outcome.rejected_model.rows] == [3, 4, 5, 7]
    assert dialog.outcome.rejected_view.isVisibleTo(dialog) and dialog.save_errors.isEnabled()
    qtmodeltester.check(dialog.outcome.rejected_model, force_py=True)
    # The preview marks the rejected lines with their reason.
    preview = dialog.panel.preview_model
    assert (
        preview.data(preview.index(1, 0), Qt.ItemDataRole.ToolTipRole)
        == "Phone (office): not a valid phone number"
    )
    assert preview.data(preview.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None

    dialog.import_button.click()
    assert count(profile, Customer) == 0
    [(kind, title, text)] = messages
    assert kind == "warning" and title == "Nothing imported"
    assert text.startswith("4 row") and "cannot be imported" in text and "the data stays as it was" in text
    assert "Line 3: Phone (office): not a valid phone number" in text and "Line 7: Tier" in text
    assert dialog.result() != ImportDialog.DialogCode.Accepted  # still open, to correct the choices
    assert "Nothing imported" in dialog.outcome.summary.text()
    assert profile.settings.import_mappings == {}

    dialog.skip.setChecked(True)
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    assert signal.args[0].created == 2 and len(signal.args[0].rejected) == 4
    assert count(profile, Customer) == 2
    assert messages[-1][2] == "2 added, 0 updated, 0 unchanged, 4 invalid skipped"


def test_changing_a_column_changes_the_preview(runner: TaskRunner, qtbot: QtBot) -> None:
    dialog = dialog_on(runner, qtbot, "customers_bad_rows.csv")
    preview = dialog.panel.preview_model
    assert preview.headings == ["Line", "Customer name", "City", "Phone (office)", "E-mail", "Tier (A, B, C)"]
    dialog.check.click()
    assert dialog.outcome.result is not None
    choose(dialog, "City", "")
    assert preview.headings == ["Line", "Customer name", "Phone (office)", "E-mail", "Tier (A, B, C)"]
    assert dialog.outcome.result is None and not dialog.outcome.summary.isVisibleTo(
        dialog
    )  # the check is stale now
    choose(dialog, "City", "notes")
    assert preview.headings[2] == "Notes"  # in the file's order
    assert preview.data(preview.index(0, 2)) == "Jinan"
    assert dialog.panel.columns_model.data(dialog.panel.columns_model.index(1, 1)) == "Notes"
    # Without a name column nothing can be imported, and the dialog says so.
    choose(dialog, "Name", "")
    assert not dialog.import_button.isEnabled() and not dialog.check.isEnabled()
    assert "name" in dialog.hint.text() and dialog.hint.isVisibleTo(dialog)


def test_save_errors_writes_a_csv_with_bom(
    runner: TaskRunner, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "errors.csv"
    monkeypatch.setattr(
        "desktop_crm.ui.importing.dialog.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    dialog = dialog_on(runner, qtbot, "customers_bad_rows.csv")
    dialog.check.click()
    dialog.save_errors.click()
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Line", "Why it cannot be imported", "Name", "City", "Phone", "Email", "Tier"]
    assert [r[0] for r in rows[1:]] == ["3", "4", "5", "7"]
    # Worded as on screen, with the row as it was in the file to put right.
    assert rows[1][1:] == [
        "Phone (office): not a valid phone number",
        "Bad Phone Co.",
        "Qingdao",
        "12345",
        "",
        "B",
    ]
    assert "errors.csv" in dialog.outcome.summary.text()


def test_google_contacts_and_vcards(runner: TaskRunner, profile: Profile, qtbot: QtBot,
                                    messages: list[tuple[str, str, str]]) -> None:  # fmt: skip
    dialog = dialog_on(runner, qtbot, "google_contacts.csv")
    dialog.kind.setCurrentIndex(dialog.kind.findData("contacts"))
    assert field_of(dialog, "Organization Name") == "company"
    assert field_of(dialog, "Phone 1 - Value") == "tel"
    assert not dialog.hint.isVisibleTo(dialog)
    dialog.check.click()
    assert "new customer" in dialog.outcome.summary.text()
    assert count(profile, Customer) == 0
    cards = dialog_on(runner, qtbot, "android_contacts.vcf")
    assert cards.current_kind() == "contacts"
    assert "vCard" in cards.source.text()


def test_unreadable_file_is_said_in_the_dialog(runner: TaskRunner, qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("Name,City\nMüller GmbH,Köln\n".encode("latin-1") * 50 + bytes(range(128, 256)))
    dialog = ImportDialog(runner, None, bad)
    qtbot.addWidget(dialog)
    assert dialog.table is None
    assert "latin1.csv" in dialog.source.text() and "UTF-8" in dialog.source.text()
    assert not dialog.check.isEnabled() and not dialog.import_button.isEnabled()


def test_open_import_asks_for_a_file(
    runner: TaskRunner, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = [""]
    monkeypatch.setattr(
        "desktop_crm.ui.importing.dialog.QFileDialog.getOpenFileName", lambda *_a, **_k: (chosen[0], "")
    )
    assert open_import(None, runner) is None  # type: ignore[arg-type]
    chosen[0] = str(DATA / "customers_gb18030.csv")
    dialog = open_import(None, runner)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and field_of(dialog, "客户名称") == "name"


class Shouting(QTranslator):
    """A stand-in language: the dialog's words in capitals."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source.upper() if context in ("ImportDialog", "OutcomePanel") else ""

    def isEmpty(self) -> bool:
        return False


def test_switching_language_rewords_the_open_dialog(
    runner: TaskRunner, qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = dialog_on(runner, qtbot, "customers_bad_rows.csv")
    choose(dialog, "Tier", "")
    dialog.check.click()
    before = dialog.mapping()
    shouting = Shouting()
    qapp.installTranslator(shouting)
    try:
        qapp.processEvents()  # LanguageChange is a posted event
        assert dialog.kind.currentText() == "CUSTOMERS" and dialog.key.currentText() == "NAME AND CITY"
        assert dialog.panel.field_boxes[0].currentText() == "CUSTOMER NAME"
        assert dialog.panel.field_boxes[4].currentText() == "(IGNORE)"
        assert dialog.mapping() == before
        assert dialog.panel.preview_model.headings[:2] == ["LINE", "CUSTOMER NAME"]
        assert "CHECK:" in dialog.outcome.summary.text() and "TO ADD" in dialog.outcome.summary.text()
        assert dialog.import_button.text() == "&IMPORT"
    finally:
        qapp.removeTranslator(shouting)
        qapp.processEvents()
    assert dialog.panel.field_boxes[0].currentText() == "Customer name"
