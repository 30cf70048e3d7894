"""Exports: customers to CSV and XLSX, their contact persons to vCard (visits to iCalendar live in
``ical``). The rows are the customer list's, under the same filter, read as plain columns and
streamed, so 100k customers never become 100k ORM objects.

Customer files carry the headers the importer recognises, in the importer's order, so a file
exported and imported again changes nothing: ``Tier`` is the manual override only, and the
figures the app computes (tier, lifecycle, revenue, contact dates) follow as read-only columns."""

from __future__ import annotations

import csv
import datetime as dt
import io
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func
from sqlalchemy.orm import Session

from ..core.customer_list import ListFilter, filtered_select
from ..core.errors import CrmError
from ..core.models import Contact, Customer, CustomerStats
from ..core.search_index import search_doc
from .files import write_file
from .vcards import VERSIONS, ContactCard, contacts_vcard

IMPORTED_HEADERS = (
    "Name", "Industry", "Phone", "Email", "Website", "Address", "City", "Province", "Country",
    "Language", "Currency", "Relationship", "Tier", "External ID", "Notes",
)  # fmt: skip
COMPUTED_HEADERS = ("Computed tier", "Lifecycle", "Revenue 12m", "Last contact", "Next due")
HEADERS = IMPORTED_HEADERS + COMPUTED_HEADERS

FORMATS = {".csv": "customers", ".xlsx": "customers", ".vcf": "contacts"}

EVERYONE = ListFilter()
_BATCH = 1000  # rows fetched from SQLite at a time
_XLSX_MAX_ROWS = 1_048_576  # a worksheet's limit, the header row included
_XLSX_MAX_TEXT = 32_767  # characters in one cell


@dataclass(frozen=True, slots=True)
class CustomerExport:
    """One customer as exported: the fields in ``HEADERS`` order."""

    name: str
    industry: str | None
    phone: str | None
    email: str | None
    website: str | None
    address: str | None
    city: str | None
    province: str | None
    country: str
    language: str
    currency: str
    relationship: str
    tier_override: str | None
    external_id: str | None
    notes: str
    computed_tier: str | None
    lifecycle: str | None
    revenue_12m_cents: int
    last_contact_at: dt.datetime | None
    next_due_on: dt.date | None


# The text fields, everything up to the figures that have types of their own.
_texts = operator.attrgetter(*(f.name for f in fields(CustomerExport)[:17]))


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    kind: str  # customers | contacts
    rows: int
    customers: int  # for contacts: how many customers they belong to


def _in_list_order(stmt: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    # The list's default order: names by their sort key (pinyin among the Latin ones).
    return stmt.outerjoin(search_doc, search_doc.c.ref_id == Customer.id).order_by(
        search_doc.c.sort_key, Customer.id
    )


# The columns read, in the order of the rows' fields.
_CUSTOMER_COLUMNS = (
    Customer.name, Customer.industry, Customer.phone, Customer.email, Customer.website, Customer.address,
    Customer.city, Customer.province, Customer.country, Customer.language, Customer.currency,
    Customer.relationship, Customer.tier_override, Customer.external_id, Customer.notes, CustomerStats.tier,
    CustomerStats.lifecycle, func.coalesce(CustomerStats.revenue_12m_cents, 0), CustomerStats.last_contact_at,
    CustomerStats.next_due_on,
)  # fmt: skip
_CONTACT_COLUMNS = (
    Contact.id, Contact.customer_id, Contact.name, Customer.name, Contact.title, Contact.department,
    Contact.phone, Contact.mobile, Contact.email, Contact.notes,
)  # fmt: skip


def customers_for_export(session: Session, *, filter: ListFilter = EVERYONE) -> Iterator[CustomerExport]:
    """The customers the list's filter lets through, in the list's name order, a batch at a time."""
    stmt = _in_list_order(filtered_select(filter, *_CUSTOMER_COLUMNS))
    for row in session.execute(stmt, execution_options={"yield_per": _BATCH}):
        yield CustomerExport(*row)


def contacts_for_export(session: Session, *, filter: ListFilter = EVERYONE) -> Iterator[ContactCard]:
    """The contact persons of the customers the filter lets through: customers in list order, each
    one's primary contact first."""
    with_contacts = filtered_select(filter, *_CONTACT_COLUMNS).join(
        Contact, Contact.customer_id == Customer.id
    )
    stmt = (
        _in_list_order(with_contacts)
        .where(Contact.deleted.is_(False))
        .order_by(Contact.is_primary.desc(), Contact.name, Contact.id)
    )
    for row in session.execute(stmt, execution_options={"yield_per": _BATCH}):
        yield ContactCard(*row)


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def _csv_cells(c: CustomerExport) -> list[str]:
    text = ["" if v is None else v for v in _texts(c)]
    last = f"{c.last_contact_at:%Y-%m-%d %H:%M}" if c.last_contact_at else ""
    due = c.next_due_on.isoformat() if c.next_due_on else ""
    return [*text, str(_money(c.revenue_12m_cents)), last, due]


def customers_csv(customers: Iterable[CustomerExport]) -> bytes:
    """UTF-8 with a byte-order mark, which is what makes Excel read Chinese right; CRLF rows."""
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(HEADERS)
    out.writerows(_csv_cells(c) for c in customers)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


_WIDTHS = {"Name": 36, "Address": 36, "Notes": 40, "Email": 28, "Website": 24, "Phone": 18}
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters XML 1.0 cannot hold


def customers_xlsx(customers: Iterable[CustomerExport], *, currency: str = "CNY") -> bytes:
    """One sheet with typed cells: text as text (a phone number or a leading '=' never turns into
    a number or a formula), revenue as a number in ``currency``, dates as dates; the header row is
    frozen and carries filters."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Customers")
    sheet.freeze_panes = "A2"
    for i, header in enumerate(HEADERS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(header, 14)
    bold = Font(bold=True)
    header_cells = [WriteOnlyCell(sheet, value=h) for h in HEADERS]
    for cell in header_cells:
        cell.font = bold
    sheet.append(header_cells)
    money_format = f'#,##0.00" {currency}"' if re.fullmatch(r"[A-Z]{3}", currency) else "#,##0.00"

    def text(value: str | None) -> Any:
        if not value:
            return None
        cell = WriteOnlyCell(sheet, value=_ILLEGAL.sub("", value)[:_XLSX_MAX_TEXT])
        cell.data_type = "s"  # openpyxl would take a leading '=' for a formula
        return cell

    def typed(value: Any, number_format: str) -> Any:
        if value is None:
            return None
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = number_format
        return cell

    rows = 1
    for c in customers:
        rows += 1
        if rows > _XLSX_MAX_ROWS:
            raise CrmError(
                "too_many_rows",
                f"an XLSX sheet holds at most {_XLSX_MAX_ROWS - 1:,} customers; export to .csv",
            )
        sheet.append(
            [text(v) for v in _texts(c)]
            + [
                typed(_money(c.revenue_12m_cents), money_format),
                typed(c.last_contact_at, "yyyy-mm-dd hh:mm"),
                typed(c.next_due_on, "yyyy-mm-dd"),
            ]
        )
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{rows}"
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


@dataclass
class _Tally:
    rows: int = 0
    customers: set[str] = field(default_factory=set)

    def count_contacts(self, contacts: Iterable[ContactCard]) -> Iterator[ContactCard]:
        for c in contacts:
            self.rows += 1
            self.customers.add(c.customer_id)
            yield c

    def count(self, customers: Iterable[CustomerExport]) -> Iterator[CustomerExport]:
        for c in customers:
            self.rows += 1
            yield c


def export_file(
    session: Session,
    path: Path,
    *,
    filter: ListFilter = EVERYONE,
    vcard_version: str = "4.0",
    currency: str = "CNY",
) -> Written:
    """Write the customers (.csv, .xlsx) or their contact persons (.vcf) that the filter lets
    through to ``path``, all or nothing; the extension picks the format."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise CrmError(
            "unknown_format",
            f"cannot export to {path.suffix or 'a file without extension'}: use .csv, .xlsx or .vcf",
        )
    if vcard_version not in VERSIONS:
        raise CrmError(
            "bad_vcard_version", f"vCard version {vcard_version} is not one of {', '.join(VERSIONS)}"
        )
    tally = _Tally()
    if kind == "contacts":
        contacts = tally.count_contacts(contacts_for_export(session, filter=filter))
        data = contacts_vcard(contacts, version=vcard_version)
    else:
        rows = tally.count(customers_for_export(session, filter=filter))
        data = (
            customers_csv(rows) if path.suffix.lower() == ".csv" else customers_xlsx(rows, currency=currency)
        )
    write_file(path, data)
    customers = len(tally.customers) if kind == "contacts" else tally.rows
    return Written(path=path, kind=kind, rows=tally.rows, customers=customers)
