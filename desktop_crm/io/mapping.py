"""Which column of an import holds which field: guessed from the headers people and tools write
(English and Chinese sheets, Google Contacts and Outlook exports, our own export), then shown to
the user to correct, and remembered for the next file with the same headers.

A mapping is a list with one field code per column ("" ignores the column); the UI words the
codes. ``tel`` is a numbered phone of Google Contacts whose own label column (Mobile, Work)
decides whether it is the mobile or the office number, row by row."""

from __future__ import annotations

import re
from collections.abc import Sequence

IGNORE = ""
# Field codes, in the order the mapping dialog offers them.
FIELDS = ("name", "company", "contact", "given_name", "family_name", "title", "department", "phone",
          "mobile", "tel", "email", "website", "industry", "address", "city", "province", "country",
          "language", "currency", "relationship", "tier", "external_id", "wechat", "interest", "event",
          "notes")  # fmt: skip
# fmt: off
KIND_FIELDS = {
    "customers": ("name", "contact", "given_name", "family_name", "title", "phone", "mobile", "tel", "email",
                  "website", "industry", "address", "city", "province", "country", "language", "currency",
                  "relationship", "tier", "external_id", "notes"),
    "contacts": ("company", "name", "given_name", "family_name", "title", "department", "phone", "mobile", "tel",
                 "email", "wechat", "address", "city", "province", "notes"),
    "leads": ("name", "given_name", "family_name", "company", "title", "phone", "mobile", "tel", "email", "city",
              "province", "interest", "event", "notes"),
}

_ORG = {"公司", "公司名称", "公司名", "客户", "客户名称", "客户名", "企业", "企业名称", "单位", "单位名称", "名称",
        "机构", "组织", "company", "companyname", "customer", "customername", "account", "accountname",
        "organization", "organisation", "organizationname", "organization1name", "org"}  # fmt: skip
_PERSON = {"姓名", "联系人", "联系人姓名", "联系人名称", "名字", "name", "fullname", "contact", "contactname",
           "contactperson", "displayname", "person"}  # fmt: skip
_ALIASES: dict[str, set[str]] = {
    "given_name": {"firstname", "givenname", "名"},
    "family_name": {"lastname", "familyname", "surname", "姓"},
    "title": {"title", "jobtitle", "position", "职位", "职务", "头衔", "organizationtitle",
              "organization1title"},
    "department": {"department", "部门", "organizationdepartment", "organization1department"},
    "phone": {"phone", "telephone", "tel", "电话", "座机", "固话", "固定电话", "办公电话", "联系电话", "电话号码",
              "businessphone", "primaryphone", "companymainphone", "workphone", "officephone"},
    "mobile": {"mobile", "mobilephone", "cell", "cellphone", "手机", "手机号", "手机号码", "移动电话"},
    "email": {"email", "emailaddress", "mail", "邮箱", "电子邮件", "电子邮箱", "邮件", "email1value"},
    "website": {"website", "web", "url", "homepage", "网址", "网站", "主页", "webpage"},
    "industry": {"industry", "行业", "所属行业"},
    "address": {"address", "street", "地址", "详细地址", "公司地址", "businessstreet", "address1street",
                "address1formatted"},
    "city": {"city", "城市", "市", "所在城市", "businesscity", "address1city"},
    "province": {"province", "state", "region", "省", "省份", "所在省份", "businessstate", "address1region"},
    "country": {"country", "国家", "countryregion", "businesscountryregion", "address1country"},
    "language": {"language", "语言"},
    "currency": {"currency", "币种", "货币"},
    "relationship": {"relationship", "关系"},
    "tier": {"tier", "等级", "客户等级", "级别", "客户级别", "abc"},
    "external_id": {"externalid", "id", "code", "customerid", "customercode", "编号", "客户编号", "客户代码",
                    "外部编号"},
    "wechat": {"wechat", "微信", "微信号"},
    "interest": {"interest", "interests", "兴趣", "感兴趣的产品", "意向"},
    "event": {"event", "展会", "活动"},
    "notes": {"notes", "note", "comments", "comment", "remarks", "备注", "说明", "描述", "description"},
}
# fmt: on
_TEL = re.compile(r"^phone (\d+) - value$", re.IGNORECASE)
_TEL_LABEL = re.compile(r"^phone (\d+) - (label|type)$", re.IGNORECASE)
_EMAIL_N = re.compile(r"^e-mail (\d+) - value$", re.IGNORECASE)


def normalize(header: str) -> str:
    """How headers compare: case, spaces, punctuation and required-field stars do not count."""
    return re.sub(r"[\s_\-:：*()（）.]+", "", header).casefold()


def guess(headers: Sequence[str], kind: str) -> list[str]:
    """A field code per column; each field goes to its first column only."""
    keys = [normalize(h) for h in headers]
    org_column = any(k in _ORG for k in keys)
    taken: set[str] = set()
    out: list[str] = []
    for header, key in zip(headers, keys, strict=True):
        field = _field(header.strip(), key, kind, org_column)
        if key == "title" and "jobtitle" in keys:
            field = IGNORE  # Outlook: "Title" is Mr. or Ms., "Job Title" the position
        if field and ((field in taken and field != "tel") or field not in KIND_FIELDS[kind]):
            field = IGNORE
        taken.add(field)
        out.append(field)
    return out


def guess_kind(headers: Sequence[str], suffix: str = "") -> str:
    """What a file most likely holds: people (a phone's address book, a Google or Outlook export,
    a sheet of 联系人 with their 公司) or firms (a customer sheet)."""
    if suffix.lower() == ".vcf":
        return "contacts"
    keys = {normalize(h) for h in headers}
    named_apart = bool(keys & (_ALIASES["given_name"] | _ALIASES["family_name"]))
    firm_first = any(normalize(h) in _ORG for h in headers[:1])  # 客户名称 leads: a customer sheet
    return "contacts" if named_apart and not firm_first else "customers"


def _field(header: str, key: str, kind: str, org_column: bool) -> str:
    if _TEL.match(header):
        return "tel"
    if _EMAIL_N.match(header):
        return "email"
    if key in _ORG:
        return "name" if kind == "customers" else "company"
    if key in _PERSON:
        if kind == "customers":
            return "contact" if org_column else "name"
        return "name"
    for field, aliases in _ALIASES.items():
        if key in aliases:
            return field
    return IGNORE


def label_columns(headers: Sequence[str]) -> dict[int, int]:
    """For each Google Contacts "Phone N - Value" column, the column of its label."""
    labels = {m.group(1): i for i, h in enumerate(headers) if (m := _TEL_LABEL.match(h.strip()))}
    out = {}
    for i, h in enumerate(headers):
        m = _TEL.match(h.strip())
        if m and m.group(1) in labels:
            out[i] = labels[m.group(1)]
    return out


def signature(headers: Sequence[str]) -> str:
    """The key a mapping is remembered under: the same headers, the same mapping next time."""
    return "|".join(normalize(h) for h in headers)
