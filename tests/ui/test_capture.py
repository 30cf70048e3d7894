"""Capture mode with the keyboard only, as at a trade-show stand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.core import customers, events
from desktop_crm.core.models import Lead
from desktop_crm.storage.profile import Profile, open_profile
from desktop_crm.ui.leads.capture import CaptureWindow
from desktop_crm.ui.tasks import TaskRunner

PAYLOADS = Path(__file__).parent.parent / "data" / "payloads"


@pytest.fixture
def show(tmp_path: Path, qapp: object) -> Iterator[tuple[Profile, str, dict[str, str]]]:
    profile = open_profile(tmp_path / "p")
    with profile.session() as s:
        event_id = events.create_event(s, name="Canton Fair", starts_on=dt.date.today())
        firm = customers.create_customer(s, name="上海华联商贸有限公司", city="上海")
        zhang = customers.add_contact(s, customer_id=firm, name="张伟", mobile="13800138000")
    yield profile, event_id, {"firm": firm, "zhang": zhang}
    profile.close()


@pytest.fixture
def window(show: tuple[Profile, str, dict[str, str]], qtbot: QtBot) -> CaptureWindow:
    profile, event_id, _ = show
    w = CaptureWindow(TaskRunner(profile, synchronous=True), event_id, "Canton Fair")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def leads(profile: Profile) -> list[Lead]:
    with profile.session() as s:
        found = list(s.scalars(select(Lead).order_by(Lead.captured_at)))
        s.expunge_all()
    return found


def type_into(qtbot: QtBot, w: CaptureWindow, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None and w.isAncestorOf(focused)
    qtbot.keyClicks(focused, text)


def test_ten_visitors_by_keyboard(
    window: CaptureWindow, show: tuple[Profile, str, dict[str, str]], qtbot: QtBot
) -> None:
    profile, _, _ = show
    # Whenever the form clears, how many leads the database holds by then.
    at_clear: list[int] = []
    window.edits["name"].textChanged.connect(lambda text: text or at_clear.append(len(leads(profile))))
    for i in range(10):
        # Name has the focus after each save; Tab walks the form; Enter saves.
        type_into(qtbot, window, f"Visitor {i}")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_into(qtbot, window, f"Firm {i}")
        window.consent.setFocus()
        qtbot.keyClick(window.consent, Qt.Key.Key_Down)  # "Yes"
        qtbot.keyClick(window.consent, Qt.Key.Key_Return)
        assert window.edits["name"].text() == ""  # cleared for the next visitor
    assert at_clear == list(range(1, 11))  # each lead was committed before its form cleared
    stored = leads(profile)
    assert [(lead.name, lead.company, lead.consent) for lead in stored] == [
        (f"Visitor {i}", f"Firm {i}", True) for i in range(10)
    ]
    assert all(lead.consent_at is not None for lead in stored)
    assert "10" in window.counter.text()
    assert window.recent.count() == 6 and "Visitor 9" in window.recent.item(0).text()


def test_consent_must_be_asked_and_nothing_is_saved_without_it(
    window: CaptureWindow, show: tuple[Profile, str, dict[str, str]], qtbot: QtBot
) -> None:
    type_into(qtbot, window, "Anna Berg")
    qtbot.keyClick(window.edits["name"], Qt.Key.Key_Return)
    assert leads(show[0]) == []
    assert window.error.isVisible() and "contact" in window.error.text()
    assert window.consent.hasFocus() and window.edits["name"].text() == "Anna Berg"  # nothing lost


def test_a_bad_phone_is_named_and_the_form_kept(
    window: CaptureWindow, show: tuple[Profile, str, dict[str, str]], qtbot: QtBot
) -> None:
    window.edits["name"].setText("Anna Berg")
    window.edits["phone"].setText("12")
    window.consent.setCurrentIndex(1)
    qtbot.keyClick(window.edits["phone"], Qt.Key.Key_Return)
    assert leads(show[0]) == []
    assert "Phone" in window.error.text() and window.edits["phone"].hasFocus()
    assert window.edits["name"].text() == "Anna Berg"


def test_a_scanned_vcard_fills_the_form_and_an_unknown_badge_is_kept(
    window: CaptureWindow, show: tuple[Profile, str, dict[str, str]], qtbot: QtBot
) -> None:
    window.scan.setFocus()
    for line in (PAYLOADS / "outlook_4.0.vcf").read_text(encoding="utf-8").splitlines():
        # Each line as typed text (QTest cannot type Chinese: it arrives committed, as from an
        # input method or a scanner's Unicode mode), then Enter.
        window.scan.insertPlainText(line)
        qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.edits["name"].text() == "李娜")
    assert window.edits["company"].text() == "北京星海科技有限公司"
    assert window.edits["phone"].text() == "+86-139-1234-5678"
    assert window.rating.hasFocus()  # what the card cannot say comes next
    window.clear()
    window.scan.setFocus()
    qtbot.keyClicks(window.scan, "EXPO2026-000123")
    qtbot.waitUntil(lambda: window.raw_payload == "EXPO2026-000123")
    window.edits["name"].setText("Badge 123")
    window.consent.setCurrentIndex(2)  # "No"
    qtbot.keyClick(window.edits["name"], Qt.Key.Key_Return)
    [lead] = leads(show[0])
    assert (lead.name, lead.raw_payload, lead.consent) == ("Badge 123", "EXPO2026-000123", False)


def test_a_known_person_is_flagged_and_linked(
    window: CaptureWindow, show: tuple[Profile, str, dict[str, str]], qtbot: QtBot
) -> None:
    profile, _, ids = show
    window.edits["name"].insert("张　伟")  # with a full-width space, committed by the input method
    window.edits["phone"].setText("+86 138-0013-8000")
    qtbot.waitUntil(lambda: window.dupes.count() > 0)
    assert "张伟" in window.dupes.item(0).text()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # "This is them"
    assert "张伟" in window.linked.text()
    window.consent.setCurrentIndex(1)
    qtbot.keyClick(window.edits["name"], Qt.Key.Key_Return)
    [lead] = leads(profile)
    assert (lead.contact_id, lead.customer_id) == (ids["zhang"], ids["firm"])


def test_correcting_a_recent_lead(
    window: CaptureWindow, show: tuple[Profile, str, dict[str, str]], qtbot: QtBot
) -> None:
    window.edits["name"].setText("Jon Smith")
    window.consent.setCurrentIndex(1)
    qtbot.keyClick(window.edits["name"], Qt.Key.Key_Return)
    window.recent.setFocus()
    window.recent.setCurrentRow(0)
    qtbot.keyClick(window.recent, Qt.Key.Key_Return)
    assert window.edits["name"].text() == "Jon Smith"
    window.edits["name"].setText("John Smith")
    qtbot.keyClick(window.edits["name"], Qt.Key.Key_Return)
    assert [lead.name for lead in leads(show[0])] == ["John Smith"]  # corrected, not a second lead


def test_without_a_camera_the_button_says_so(window: CaptureWindow, qtbot: QtBot) -> None:
    from desktop_crm.ui.leads import camera

    assert not camera.has_camera()  # no camera on a test machine
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert "No camera" in window.scan_note.text()
    assert window.edits["name"].isEnabled()  # and the rest works as before


def test_a_qr_code_from_the_camera_fills_the_form(window: CaptureWindow) -> None:
    """What the camera path does with a frame: zxing-cpp finds the badge's QR code in the
    picture, and the form fills from it."""
    import zxingcpp
    from PySide6.QtGui import QImage, QPainter

    from desktop_crm.ui.leads import camera

    code = zxingcpp.create_barcode(
        "MECARD:N:王,芳;TEL:13912345678;ORG:杭州绿源环保;;", zxingcpp.BarcodeFormat.QRCode
    )
    qr = memoryview(code.to_image(scale=5))
    h, w = qr.shape[:2]
    badge = QImage(bytes(qr), w, h, w, QImage.Format.Format_Grayscale8)
    frame = QImage(640, 480, QImage.Format.Format_RGB32)  # a camera frame: the badge off-centre
    frame.fill(0xFFD0D0D0)
    painter = QPainter(frame)
    painter.drawImage(380, 200, badge)
    painter.end()
    text = camera.decode(frame)
    assert text is not None and text.startswith("MECARD:")
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(0xFFD0D0D0)
    assert camera.decode(blank) is None
    window._camera_found(text)
    assert (window.edits["name"].text(), window.edits["company"].text()) == ("王芳", "杭州绿源环保")
    assert window.raw_payload == text
