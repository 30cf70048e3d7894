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
        "visit_pack": "Visit pack", "route": "The day's route", "stop": "Stop", "distance": "From the last stop",
        "total": "Total distance", "km": "{n} km", "tier": "Tier", "stage": "Stage", "relationship": "Relationship",
        "revenue": "Revenue, 12 months", "contacts": "Contact persons", "recent": "Last interactions",
        "open_orders": "Open orders", "complaints": "Complaints, last 90 days", "follow_up": "Follow-up",
        "overdue": "overdue since {d}", "due": "due {d}", "trend_up": "rising", "trend_down": "falling",
        "trend_flat": "steady", "briefing": "Briefing",
        "prospect": "Prospect", "new": "New", "active": "Active", "dormant": "Dormant", "lost": "Lost",
        "transactional": "Transactional", "preferred_supplier": "Preferred supplier", "partner": "Partner",
        "strategic": "Strategic alliance", "visit": "Visit", "call": "Call", "email": "E-mail", "message": "Message",
        "meeting": "Meeting", "complaint": "Complaint", "service_request": "Service request", "order": "Order",
        "note": "Note", "lead": "Lead", "quote": "Quote", "ordered": "Ordered", "delivered": "Delivered",
        "paid": "Paid", "cancelled": "Cancelled",
        "week_report": "Weekly activity", "planned_visits": "Visits planned", "done": "Done", "missed": "Missed",
        "calls": "Calls", "new_leads": "New leads", "orders_n": "Orders", "week_total": "Week",
        "chart_title": "Visits planned and done", "orders_taken_week": "Orders taken this week",
        "overdue_customers": "Customers overdue for a follow-up by the week's end",
        "satisfaction_dropped": "Customers whose satisfaction is falling",
        # The dashboard's figures (reports/figures.py)
        "figures": "Figures", "revenue_where": "Where the revenue is",
        "bring_80": "{n} of {of} customers bring 80% of the revenue ({amount}).",
        "customers_n": "Customers", "revenue_n": "Revenue", "share": "Share",
        "segments": "Customer segments (RFM)", "lifecycle": "Lifecycle", "moves": "Moves in the period",
        "follow_up_title": "Follow-up discipline", "overdue_by_tier": "Overdue follow-ups",
        "a_days": "Average days since the last contact with an A customer",
        "visits_weeks": "Visits planned and done, week by week", "week_of": "Week of",
        "satisfaction_title": "Satisfaction", "falling": "Satisfaction falling",
        "complaints_open": "Complaint open, no contact since", "events": "Events", "event": "Event",
        "leads": "Leads", "converted": "Converted", "cost_per_lead": "Cost per lead", "no_events": "No events.",
        "tier_n": "Tier {t}",
        "champions": "Champions", "loyal": "Loyal", "potential_loyalist": "Potential loyalist",
        "new_customers": "New customer", "promising": "Promising", "needs_attention": "Needs attention",
        "about_to_sleep": "About to sleep", "at_risk": "At risk", "cannot_lose": "Cannot lose",
        "hibernating": "Hibernating",
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
        "visit_pack": "拜访资料", "route": "当日路线", "stop": "站", "distance": "距上一站",
        "total": "总距离", "km": "{n} 公里", "tier": "等级", "stage": "阶段", "relationship": "关系",
        "revenue": "近12个月收入", "contacts": "联系人", "recent": "最近的往来",
        "open_orders": "未完成订单", "complaints": "近90天投诉", "follow_up": "回访",
        "overdue": "自 {d} 起逾期", "due": "{d} 到期", "trend_up": "上升", "trend_down": "下降",
        "trend_flat": "平稳", "briefing": "拜访简报",
        "prospect": "潜在客户", "new": "新客户", "active": "老客户", "dormant": "休眠客户", "lost": "流失客户",
        "transactional": "买卖关系", "preferred_supplier": "供应关系", "partner": "合作关系",
        "strategic": "战略联盟", "visit": "拜访", "call": "电话", "email": "邮件", "message": "消息",
        "meeting": "会议", "complaint": "投诉", "service_request": "服务请求", "order": "订单",
        "note": "备注", "lead": "线索", "quote": "报价", "ordered": "已下单", "delivered": "已交货",
        "paid": "已付款", "cancelled": "已取消",
        "week_report": "每周工作报告", "planned_visits": "计划拜访", "done": "已完成", "missed": "未完成",
        "calls": "电话", "new_leads": "新线索", "orders_n": "订单", "week_total": "本周合计",
        "chart_title": "计划与完成的拜访", "orders_taken_week": "本周获得的订单",
        "overdue_customers": "截至周末回访逾期的客户数",
        "satisfaction_dropped": "满意度下降的客户",
        # 仪表板数据（reports/figures.py）
        "figures": "数据概览", "revenue_where": "收入来自哪里",
        "bring_80": "{of} 个客户中的 {n} 个带来了 80% 的收入（{amount}）。",
        "customers_n": "客户数", "revenue_n": "收入", "share": "占比",
        "segments": "客户细分（RFM）", "lifecycle": "生命周期", "moves": "本期变化",
        "follow_up_title": "跟进执行情况", "overdue_by_tier": "逾期回访",
        "a_days": "A 级客户平均未联系天数",
        "visits_weeks": "每周计划与完成的拜访", "week_of": "周起始",
        "satisfaction_title": "满意度", "falling": "满意度下降",
        "complaints_open": "投诉未处理，之后未联系", "events": "活动", "event": "活动",
        "leads": "线索", "converted": "已转化", "cost_per_lead": "每条线索成本", "no_events": "没有活动。",
        "tier_n": "{t} 级",
        "champions": "重要价值客户", "loyal": "忠诚客户", "potential_loyalist": "潜力客户",
        "new_customers": "新客户", "promising": "有潜力的新客户", "needs_attention": "需要关注",
        "about_to_sleep": "即将沉睡", "at_risk": "有流失风险", "cannot_lose": "不能失去的客户",
        "hibernating": "沉睡客户",
    },
}  # fmt: skip


def rep_language(setting: str, system: str) -> str:
    """The rep's own documents (the visit pack, the weekly report) are in the rep's language:
    the profile's setting, or else the system locale's."""
    return "zh" if (setting or system).lower().startswith("zh") else "en"


class Words:
    def __init__(self, language: str) -> None:
        self.language = language if language in WORDS else "en"
        self.locale = LOCALES[self.language]

    def __getitem__(self, key: str) -> str:
        return WORDS[self.language].get(key, key)

    def date(self, day: dt.date | None) -> str:
        return format_date(day, format="long", locale=self.locale) if day else self["none"]

    def weekday(self, day: dt.date) -> str:
        return format_date(day, format="EEE d", locale=self.locale)

    def time(self, moment: dt.datetime) -> str:
        return format_time(moment, format="short", locale=self.locale)

    def money(self, cents: int, currency: str) -> str:
        return format_currency(cents / 100, currency, locale=self.locale)
