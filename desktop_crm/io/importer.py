"""Importing a table of customers, contact persons or leads (DESIGN.md section 7).

Every row is checked before anything is written: a rejected row is reported with its line and
reason, and unless the user chose to skip invalid rows the import writes nothing at all. A row
whose key (e-mail, phone, external id, name and city, ...) matches an existing record updates
that record, field by field, so importing the same file twice adds nothing the second time. New
rows go through the bulk path (outbox operations and search documents included), so they sync
like any other edit. The caller's session is the one transaction: a dry run is simply never
committed, and nothing is flushed before the checks have passed."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import analytics, bulk, records
from ..core.customers import contact_cleaners, customer_cleaners
from ..core.errors import CrmError, Progress, ValidationError
from ..core.events import lead_cleaners
from ..core.models import Contact, Customer, Event, Lead, Synced
from ..core.search_index import bulk_load, has_cjk
from ..core.settings import Settings
from ..core.validation import choice, clean_text
from ..core.vocab import Tier
from .cards import person_name
from .mapping import label_columns
from .tables import Row, Table

# What a record is found by, per kind; the first is the default.
KEYS = {
    "customers": ("name_city", "external_id", "email", "phone"),
    "contacts": ("name_company", "email", "phone"),
    "leads": ("email", "phone", "name_company"),
}
BULK_INDEX = 2000  # from this many new rows the search index is rebuilt once, not row by row
CHUNK = 1000


@dataclass(frozen=True, slots=True)
class Rejected:
    line: int
    reason: str  # in English, for the command line and the errors CSV
    problems: tuple[tuple[str, str], ...] = ()  # (field, code) for the window to word


@dataclass(slots=True)
class ImportResult:
    kind: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    customers_created: int = 0  # contact persons of companies not yet in the profile
    rejected: list[Rejected] = field(default_factory=list)
    written: bool = False

    def errors_csv(self, table: Table | None = None, word: Callable[[Rejected], str] | None = None,
                   headings: tuple[str, str] = ("line", "reason")) -> bytes:  # fmt: skip
        """The rejected rows as a CSV a spreadsheet opens (UTF-8 with BOM): the line, why, and
        the row as it was in the file, to be put right and imported again."""
        cells = {row.line: row.cells for row in table.rows} if table is not None else {}
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([*headings, *(table.headers if table is not None else ())])
        for r in self.rejected:
            writer.writerow([r.line, word(r) if word else r.reason, *cells.get(r.line, ())])
        return out.getvalue().encode("utf-8-sig")


class ImportRejected(CrmError):
    """Some rows are invalid and the user did not choose to skip them: nothing was imported."""

    def __init__(self, result: ImportResult) -> None:
        n = len(result.rejected)
        super().__init__("rows_rejected", f"nothing imported: {n} row{'s' if n != 1 else ''} invalid"
                         " (fix them, or skip invalid rows)")  # fmt: skip
        self.result = result


@dataclass(slots=True)
class _Record:
    line: int
    values: dict[str, Any]  # model columns, cleaned
    # customers: the contact person on the row; contacts: the company's address, if it is new
    contact: dict[str, Any] = field(default_factory=dict)
    company: str = ""  # contacts: the customer's name; leads: the event's name


def default_key(kind: str, mapping: Sequence[str], has_ids: bool = True) -> str:
    """External ids when every row has one; else what a person would match by."""
    if kind == "customers" and "external_id" in mapping and has_ids:
        return "external_id"
    if kind == "leads":
        for key in ("email", "phone"):
            if key in mapping or (key == "phone" and {"mobile", "tel"} & set(mapping)):
                return key
        return "name_company"
    return KEYS[kind][0]


def import_table(
    session: Session,
    table: Table,
    *,
    kind: str,
    mapping: Sequence[str],
    key: str | None = None,
    region: str = "CN",
    skip_invalid: bool = False,
    dry_run: bool = False,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    if kind not in KEYS:
        raise CrmError("bad_kind", f"cannot import {kind!r}: customers, contacts or leads")
    if len(mapping) != len(table.headers):
        raise CrmError("bad_mapping", "the mapping does not match the file's columns")
    if key is not None and key not in KEYS[kind]:
        raise CrmError("bad_key", f"{kind} are matched by one of: {', '.join(KEYS[kind])}")
    if not {"name", "given_name", "family_name"} & set(mapping):
        raise ValidationError("name", "unmapped", "no column holds the name")
    result = ImportResult(kind, rows=len(table.rows) + len(table.broken))
    result.rejected = [Rejected(line, why, (("card", "unreadable"),)) for line, why in table.broken]
    total = 2 * len(table.rows) or 1
    records_ = []
    for n, (row, raw) in enumerate(_raw_rows(table, mapping)):
        if progress and n % CHUNK == 0:
            progress(n, total)
        try:
            records_.append(_clean(kind, row.line, raw, region))
        except _RowError as exc:
            result.rejected.append(Rejected(row.line, exc.reason, exc.problems))
    result.rejected.sort(key=lambda r: r.line)
    key = key or default_key(kind, mapping, all(r.values.get("external_id") for r in records_))
    if result.rejected and not skip_invalid:
        raise ImportRejected(result)
    writer = _Writer(session, kind, key, result, dry_run=dry_run, skip_invalid=skip_invalid)
    writer.run(records_, lambda done: progress and progress(len(table.rows) + done, total))
    if result.rejected and not skip_invalid:
        raise ImportRejected(result)  # rows that only turned out wrong against the profile
    if not dry_run:
        result.written = True
        if settings is not None and writer.touched:
            analytics.refresh(session, settings=settings, customer_ids=writer.touched)
    if progress:
        progress(total, total)
    return result


# --- reading and checking rows -------------------------------------------------------------------


def _raw_rows(table: Table, mapping: Sequence[str]) -> Iterator[tuple[Row, dict[str, str]]]:
    labels = label_columns(table.headers)
    for row in table.rows:
        raw: dict[str, str] = {}
        for column, target in enumerate(mapping):
            if not target:
                continue
            # Control characters (a legacy export's NUL) mean nothing in a field, no viewer shows
            # them, and the server refuses them: cleaned away rather than the row rejected for
            # something the person could not find.
            cell = clean_text(table.value(row, column))
            value, *more = cell.split(" ::: ")  # Google's several values
            value = value.strip()
            if more and target != "notes":  # kept where a person will find them, not dropped
                extra = " / ".join(m.strip() for m in more)
                raw["notes"] = "\n".join(x for x in (raw.get("notes", ""), extra) if x)
            if target == "tel":
                label = table.value(row, labels[column]).casefold() if column in labels else ""
                target = "mobile" if "mobile" in label or "cell" in label or "手机" in label else "phone"
            if value and target == "notes" and raw.get("notes"):
                raw["notes"] = f"{value}\n{raw['notes']}"  # the notes column first, then other values
            elif value and not raw.get(target):
                raw[target] = value
        yield row, raw


class _RowError(Exception):
    def __init__(self, reason: str, *problems: tuple[str, str]) -> None:
        self.reason = reason
        self.problems = problems


def _check(cleaners: Mapping[str, records.Cleaner | None], raw: Mapping[str, Any]) -> dict[str, Any]:
    """Every field of the row checked; all that is wrong with it, in one reason."""
    out: dict[str, Any] = {}
    wrong: list[ValidationError] = []
    for name, value in raw.items():
        cleaner = cleaners[name]
        try:
            out[name] = cleaner(value) if cleaner is not None else value
        except ValidationError as exc:
            wrong.append(exc)
    if wrong:
        raise _RowError("; ".join(e.message for e in wrong), *((e.field, e.code) for e in wrong))
    return out


def _clean(kind: str, line: int, raw: dict[str, str], region: str) -> _Record:
    if not raw.get("name") and (raw.get("given_name") or raw.get("family_name")):
        raw["name"] = person_name(raw.get("family_name", ""), raw.get("given_name", ""))
    raw.pop("given_name", None)
    raw.pop("family_name", None)
    if not raw.get("name"):
        raise _RowError("name: must not be empty", ("name", "required"))
    if kind == "customers":
        person: dict[str, str] = {k: raw.pop(k) for k in ("contact", "mobile", "title") if k in raw}
        if "tier" in raw:
            try:
                raw["tier_override"] = choice(raw.pop("tier").upper(), Tier, field="tier") or ""
            except ValidationError as exc:
                raise _RowError(exc.message, ("tier", exc.code)) from None
        if "language" not in raw:
            raw["language"] = "zh" if has_cjk(raw["name"]) else "en"
        if not person.get("contact") and "mobile" in person and not raw.get("phone"):
            raw["phone"] = person.pop("mobile")  # a sheet with one person's mobile as the firm's number
        values = _check(customer_cleaners(region), raw)
        contact = {}
        if person.get("contact"):
            person["name"] = person.pop("contact")
            contact = _check(contact_cleaners(region), person)
        elif "mobile" in person or "title" in person:
            raise _RowError(
                "contact: a mobile number or title needs the contact person's name", ("contact", "required")
            )
        return _Record(line, values, contact)
    company = raw.pop("company", "")
    if kind == "contacts":
        place: dict[str, Any] = {k: raw.pop(k) for k in ("address", "city", "province") if k in raw}
        if not company:
            raise _RowError(
                "company: must not be empty (a contact person belongs to a customer)", ("company", "required")
            )
        return _Record(line, _check(contact_cleaners(region), raw), place, company=company)
    if raw.get("mobile") and not raw.get("phone"):
        raw["phone"] = raw["mobile"]
    elif raw.get("mobile"):
        raw["notes"] = "\n".join(x for x in (raw.get("notes", ""), raw["mobile"]) if x)
    raw.pop("mobile", None)
    event = raw.pop("event", "")
    values = _check(lead_cleaners(region), {**raw, "company": company})
    return _Record(line, values, company=event)


# --- writing -------------------------------------------------------------------------------------


def _fold(value: Any) -> Any:
    return value.casefold().strip() if isinstance(value, str) else value


class _Writer:
    """Matches the checked rows against the profile by their key, then writes."""

    def __init__(self, session: Session, kind: str, key: str, result: ImportResult, *, dry_run: bool,
                 skip_invalid: bool) -> None:  # fmt: skip
        self.session, self.kind, self.key, self.result = session, kind, key, result
        self.dry_run, self.skip_invalid = dry_run, skip_invalid
        models: dict[str, type[Synced]] = {"customers": Customer, "contacts": Contact, "leads": Lead}
        self.model = models[kind]
        self.touched: set[str] = set()  # customers whose figures change

    def _key_of(self, values: Mapping[str, Any], company_id: str | None = None) -> Any:
        k = self.key
        if k == "name_city":
            return (_fold(values.get("name")), _fold(values.get("city") or ""))
        if k == "name_company":
            return (_fold(values.get("name")), company_id or _fold(values.get("company") or ""))
        if k == "phone":
            return (
                values.get("mobile") or values.get("phone")
                if self.kind == "contacts"
                else values.get("phone")
            )
        return _fold(values.get(k))

    def _existing(self, columns: set[str]) -> tuple[dict[Any, str], dict[str, dict[str, Any]]]:
        """Live rows by key, and their current values of the imported columns."""
        table = self.model.__table__  # type: ignore[attr-defined]
        # The keys' columns, and those set after the checks (a contact's customer, a lead's event).
        wanted = {
            "name",
            "city",
            "email",
            "phone",
            "external_id",
            "company",
            "mobile",
            "customer_id",
            "event_id",
        }
        cols = sorted(columns | wanted & set(table.columns.keys()))
        by_key: dict[Any, str] = {}
        current: dict[str, dict[str, Any]] = {}
        stmt = select(table.c.id, *(table.c[c] for c in cols)).where(table.c.deleted.is_(False))
        for row in self.session.execute(stmt):
            values = dict(zip(cols, row[1:], strict=True))
            current[row[0]] = values
            k = self._key_of(values, values.get("customer_id"))
            if k:
                by_key.setdefault(k, row[0])
        return by_key, current

    def run(self, recs: list[_Record], progress: Callable[[int], object]) -> None:
        companies: dict[str, str] = {}
        if self.kind == "contacts":
            companies = self._companies(recs)
        events = self._events(recs) if self.kind == "leads" else {}
        columns = {c for r in recs for c in r.values}
        by_key, current = self._existing(columns)
        new: dict[Any, dict[str, Any]] = {}  # key -> row to insert
        changes: dict[str, dict[str, Any]] = {}  # id -> changed values
        people: list[
            tuple[str | Any, dict[str, Any], int]
        ] = []  # customers: (customer id or new key, contact)
        for n, rec in enumerate(recs):
            if n % CHUNK == 0:
                progress(n)
            values = dict(rec.values)
            company_id = None
            if self.kind == "contacts":
                company_id = values["customer_id"] = companies[_fold(rec.company)]
            elif self.kind == "leads" and rec.company:
                if _fold(rec.company) not in events:
                    why = f"event: no event named {rec.company!r}"
                    self.result.rejected.append(Rejected(rec.line, why, (("event", "unknown_event"),)))
                    continue
                values["event_id"] = events[_fold(rec.company)]
            k = self._key_of(values, company_id)
            if k is None or k == "":
                self.result.rejected.append(
                    Rejected(
                        rec.line,
                        f"{self.key}: empty, and it is the key of this import",
                        ((self.key, "no_key"),),
                    )
                )
                continue
            target: str | Any
            if k in by_key:
                target = by_key[k]
                have = {**current[target], **changes.get(target, {})}
                diff = {c: v for c, v in values.items() if have.get(c) != v}
                if diff:
                    changes.setdefault(target, {}).update(diff)
                    self.result.updated += 1
                else:
                    self.result.unchanged += 1
            elif k in new:
                new[k].update(values)  # the same record twice in the file: the later row wins
                target = k
                self.result.updated += 1
            else:
                new[k] = values
                target = k
                self.result.created += 1
            if rec.contact and self.kind == "customers":
                people.append((target, rec.contact, rec.line))
        if self.dry_run or (self.result.rejected and not self.skip_invalid):
            return
        self._write(new, changes)
        if people:
            self._people(people, new)
        progress(len(recs))

    def _write(self, new: dict[Any, dict[str, Any]], changes: dict[str, dict[str, Any]]) -> None:
        rows = list(new.values())
        if len(rows) >= BULK_INDEX:
            with bulk_load(self.session.connection()):
                bulk.insert_rows(self.session, self.model, rows)
        else:
            bulk.insert_rows(self.session, self.model, rows)
        for row_id, diff in changes.items():
            obj = records.get_live(self.session, self.model, row_id)
            records.apply(obj, diff)
        self.session.flush()
        if self.kind == "customers":
            self.touched |= {r["id"] for r in rows} | set(changes)

    def _people(self, people: list[tuple[Any, dict[str, Any], int]], new: dict[Any, dict[str, Any]]) -> None:
        """The contact person named on a customer's row: added, or updated when that customer
        already has someone of that name."""
        existing: dict[tuple[str, str], str] = {}
        for cid, name, cont_id in self.session.execute(
            select(Contact.customer_id, Contact.name, Contact.id).where(Contact.deleted.is_(False))
        ):
            existing.setdefault((cid, _fold(name)), cont_id)
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for target, person, _line in people:
            cid = new[target]["id"] if target in new else target
            k = (cid, _fold(person["name"]))
            if k in existing:
                records.apply(records.get_live(self.session, Contact, existing[k]), person)
            else:
                rows.setdefault(k, {"customer_id": cid, "is_primary": True, **person})
        if rows:
            # A customer's first contact person on the sheet is its primary one, if it has none yet.
            has_primary = set(self.session.scalars(
                select(Contact.customer_id).where(Contact.is_primary.is_(True), Contact.deleted.is_(False))
            ))  # fmt: skip
            seen: set[str] = set()
            for row in rows.values():
                row["is_primary"] = row["customer_id"] not in has_primary and row["customer_id"] not in seen
                seen.add(row["customer_id"])
            bulk.insert_rows(self.session, Contact, list(rows.values()))
            self.session.flush()

    def _companies(self, recs: list[_Record]) -> dict[str, str]:
        """Customers of the contact persons by name; those not in the profile are created."""
        out: dict[str, str] = {}
        for cid, name in self.session.execute(
            select(Customer.id, Customer.name).where(Customer.deleted.is_(False)).order_by(Customer.id)
        ):
            out.setdefault(_fold(name), cid)
        missing: dict[str, dict[str, Any]] = {}  # a new customer, with the address on its first row
        for rec in recs:
            folded = _fold(rec.company)
            if folded not in out and folded not in missing:
                name = rec.company.strip()
                missing[folded] = {"name": name, "language": "zh" if has_cjk(name) else "en", **rec.contact}
        self.result.customers_created = len(missing)
        rows = list(missing.values())
        if rows and not self.dry_run:
            bulk.insert_rows(self.session, Customer, rows)
            self.touched |= {r["id"] for r in rows}
        for folded, row in zip(missing, rows, strict=True):
            out[folded] = row.get("id") or f"new:{folded}"
        return out

    def _events(self, recs: list[_Record]) -> dict[str, str]:
        names = {_fold(r.company) for r in recs if r.company}
        if not names:
            return {}
        rows = self.session.execute(select(Event.id, Event.name).where(Event.deleted.is_(False)))
        return {_fold(name): eid for eid, name in rows if _fold(name) in names}
