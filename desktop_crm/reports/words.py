"""The documents' words and formats in their own language (Chinese or English), which is the
customer's or the one asked for, not the UI's. Dates, numbers and money are formatted by babel."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_time
from babel.numbers import format_currency

LOCALES = {"zh": "zh_CN", "en": "en_GB"}

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "visit_report": "Visit report", "customer": "Customer", "met": "Contact persons met",
        "date": "Date", "time": "Time", "place": "Place", "purpose": "Purpose", "outcome": "Outcome",
        "summary": "Summary", "products": "Products discussed", "orders": "Orders taken",
        "competitors": "Competitors", "satisfaction": "Satisfaction", "next_steps": "Next steps",
        "next_visit": "Next visit", "rep": "Sales representative", "page": "Page {n} of {of}",
        "signature_rep": "Signature, sales representative", "signature_customer": "Signature, customer",
        "none": "—", "planned": "planned, not yet reported", "colon": ": ",
        "very_dissatisfied": "Very dissatisfied", "dissatisfied": "Dissatisfied", "neutral": "Neutral",
        "satisfied": "Satisfied", "very_satisfied": "Very satisfied",
    },
    "zh": {
        "visit_report": "拜访报告", "customer": "客户", "met": "会见的联系人",
        "date": "日期", "time": "时间", "place": "地点", "purpose": "拜访目的", "outcome": "结果",
        "summary": "纪要", "products": "讨论的产品", "orders": "获得的订单",
        "competitors": "竞争对手情况", "satisfaction": "满意度", "next_steps": "下一步",
        "next_visit": "下次拜访", "rep": "销售代表", "page": "第 {n} 页，共 {of} 页",
        "signature_rep": "销售代表签字", "signature_customer": "客户签字",
        "none": "—", "planned": "已计划，尚未填写报告", "colon": "：",
        "very_dissatisfied": "不满意", "dissatisfied": "不太满意", "neutral": "一般",
        "satisfied": "比较满意", "very_satisfied": "满意",
    },
}  # fmt: skip


class Words:
    def __init__(self, language: str) -> None:
        self.language = language if language in WORDS else "en"
        self.locale = LOCALES[self.language]

    def __getitem__(self, key: str) -> str:
        return WORDS[self.language].get(key, key)

    def date(self, day: dt.date | None) -> str:
        return format_date(day, format="long", locale=self.locale) if day else self["none"]

    def time(self, moment: dt.datetime) -> str:
        return format_time(moment, format="short", locale=self.locale)

    def money(self, cents: int, currency: str) -> str:
        return format_currency(cents / 100, currency, locale=self.locale)
