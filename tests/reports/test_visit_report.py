"""The visit report PDF: right words in the right language, Chinese that extracts as text, the
font embedded, and layouts that hold for empty and for very long reports."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_crm.core import customers, orders, visits
from desktop_crm.reports.fonts import FALLBACK, document_font
from desktop_crm.reports.visit import read_visit, render
from desktop_crm.storage.profile import Profile
from tests.cli.test_cli import assert_one_line_error, run

DAY = dt.datetime(2026, 3, 10, 14, 30)


def visit(profile: Profile, *, language: str, name: str, contact: str, **report: str) -> str:
    with profile.session() as s:
        cid = customers.create_customer(s, name=name, city="上海" if language == "zh" else "Suzhou",
                                        language=language)  # fmt: skip
        person = customers.add_contact(s, customer_id=cid, name=contact, title="采购经理" if language == "zh" else "Buyer",
                                       mobile="13812345678")  # fmt: skip
        vid = visits.plan_visit(
            s, customer_id=cid, planned_at=DAY, contact_id=person, purpose=report.pop("purpose", "")
        )
        if report:
            visits.complete_visit(s, vid, completed_at=DAY, **report)
            orders.add_order(s, customer_id=cid, ordered_on=DAY.date(), amount_cents=1_234_500, number="PO-17",
                             description="W-200")  # fmt: skip
        return vid


def text_of(pdf: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages), reader


@pytest.fixture
def chinese(profile: Profile) -> str:
    return visit(profile, language="zh", name="上海华联商贸有限公司", contact="张伟", purpose="新品介绍",
                 outcome="同意试用", summary="客户对W-200滤芯很感兴趣，希望两周内试用。", next_step="下周三前寄送样品",
                 satisfaction="satisfied", next_visit_date=dt.date(2026, 3, 24))  # fmt: skip


@pytest.fixture
def english(profile: Profile) -> str:
    return visit(profile, language="en", name="Harbor Logistics Ltd", contact="John Smith", purpose="Annual review",
                 outcome="Renewal agreed", summary="They want quarterly deliveries from May.",
                 next_step="Send the revised price list by Friday", satisfaction="very_satisfied")  # fmt: skip


def test_a_chinese_customer_gets_a_chinese_report(profile: Profile, chinese: str) -> None:
    with profile.session() as s:
        text, reader = text_of(render(read_visit(s, chinese, company="Acme 贸易")))
    assert len(reader.pages) == 1
    for expected in ("上海华联商贸有限公司", "客户对W-200滤芯很感兴趣", "下周三前寄送样品", "纪要", "下一步",
                     "张伟", "2026年3月10日", "2026年3月24日", "比较满意", "PO-17", "第 1 页，共 1 页"):  # fmt: skip
        assert expected in text.replace("\n", ""), expected
    assert "Summary" not in text


def test_an_english_customer_gets_an_english_report(profile: Profile, english: str) -> None:
    with profile.session() as s:
        text, _ = text_of(render(read_visit(s, english)))
    for expected in ("Harbor Logistics Ltd", "quarterly deliveries", "Send the revised price list", "Summary",
                     "Next steps", "10 March 2026", "Very satisfied", "CN¥12,345.00", "Page 1 of 1"):  # fmt: skip
        assert expected in text, expected
    assert "纪要" not in text


def test_the_language_can_be_chosen_per_report(profile: Profile, chinese: str) -> None:
    with profile.session() as s:
        text, _ = text_of(render(read_visit(s, chinese), language="en"))
    assert "Summary" in text and "上海华联商贸有限公司" in text  # English words, the customer's own name


def test_a_planned_visit_with_nothing_filled_in(profile: Profile) -> None:
    vid = visit(profile, language="en", name="Bare Co", contact="Ann")
    with profile.session() as s:
        text, reader = text_of(render(read_visit(s, vid)))
    assert len(reader.pages) == 1 and "planned, not yet reported" in text and "Bare Co" in text


def test_very_long_text_flows_onto_numbered_pages(profile: Profile) -> None:
    long_zh = "客户详细介绍了他们的生产线改造计划，" * 400  # no spaces: Chinese must wrap anywhere
    vid = visit(profile, language="zh", name="长文本测试有限公司", contact="李娜", purpose="技术交流",
                summary=long_zh, next_step="整理会议纪要" * 50)  # fmt: skip
    with profile.session() as s:
        text, reader = text_of(render(read_visit(s, vid)))
    n = len(reader.pages)
    assert n >= 3 and f"第 {n} 页，共 {n} 页" in text.replace("\n", "")


def test_the_chinese_font_is_embedded_when_a_truetype_one_exists(profile: Profile, chinese: str) -> None:
    font, path = document_font()
    with profile.session() as s:
        reader = PdfReader(io.BytesIO(render(read_visit(s, chinese))))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    described = [f.get_object() for f in fonts.values()]
    if path is None:  # no TrueType CJK font on this machine: the built-in CID font, not embedded
        assert font == FALLBACK and any(FALLBACK in str(f["/BaseFont"]) for f in described)
        return
    cjk = [f for f in described if f["/Subtype"] == "/TrueType"]
    assert cjk and all("/FontFile2" in f["/FontDescriptor"] for f in cjk)  # the glyphs are in the file


def test_report_from_the_command_line(profile: Profile, chinese: str, tmp_path: Path) -> None:
    profile.close()
    out = tmp_path / "v.pdf"
    done = run("--profile", str(profile.path), "report", "visit", chinese, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "上海华联商贸有限公司" in text_of(out.read_bytes())[0]
    missing = run("--profile", str(profile.path), "report", "visit", "no-such-visit", "--out", str(out))
    assert "no visit" in assert_one_line_error(missing, 1)
    latest = run("--profile", str(profile.path), "report", "visit", "latest", "--out", str(out))
    assert latest.returncode == 0 and "上海华联商贸有限公司" in text_of(out.read_bytes())[0]
