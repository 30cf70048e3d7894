""".vcf files (vCard 2.1, 3.0, 4.0: phones' address books, Outlook, our own export) read into an
import table, one row per card, with the line where the card begins.

Mobile numbers (TYPE=cell) and other numbers keep their labels as separate columns; numbers and
addresses beyond the first of each kind go to the notes, so nothing on a card is dropped
silently. A card vobject cannot read is reported by its line, not skipped."""

from __future__ import annotations

import logging
from typing import Any

from .cards import person_name, vcard_lines
from .tables import Row, Table

HEADERS = ["Name", "Company", "Department", "Title", "Mobile", "Phone", "Email", "Address", "City",
           "Province", "Notes", "UID"]  # fmt: skip
_MOBILE = {"cell", "mobile", "iphone"}
logging.getLogger("vobject.base").setLevel(logging.CRITICAL)  # it logs each line it skips


def split_cards(text: str) -> list[tuple[int, str | None]]:
    """(line where each card begins, its text, or None when it never ends)."""
    cards: list[tuple[int, str | None]] = []
    start, block = 0, list[str]()
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        head = line.strip().upper()
        if head == "BEGIN:VCARD":
            if block:
                cards.append((start, None))
            start, block = number, [line]
        elif block:
            block.append(line)
            if head == "END:VCARD":
                cards.append((start, "\n".join(block)))
                block = []
    if block:
        cards.append((start, None))
    return cards


def read_vcf(text: str, name: str = "file.vcf") -> Table:
    import vobject

    table = Table(list(HEADERS), [], "vCard")
    for line, block in split_cards(text.lstrip("\ufeff")):
        if block is None:
            table.broken.append((line, "the card has no END:VCARD"))
            continue
        try:
            card = vobject.readOne(vcard_lines(block), ignoreUnreadable=True)
        except Exception as exc:  # vobject raises many kinds for a malformed card
            table.broken.append((line, f"not a readable vCard ({str(exc).splitlines()[0][:80]})"))
            continue
        fields = card_fields(card.contents)
        if not fields.get("Name") and not fields.get("Company"):
            table.broken.append((line, "the card has no name"))
            continue
        table.rows.append(Row(line, tuple(fields.get(h, "") for h in HEADERS)))
    if not table.rows and not table.broken:
        from ..core.errors import CrmError

        raise CrmError("empty_file", f"{name}: no vCard in the file")
    return table


def _kinds(line: Any) -> set[str]:
    kinds = {t.lower() for v in line.params.get("TYPE", []) for t in str(v).split(",")}
    return kinds | {str(k).lower() for k in line.singletonparams}  # vCard 2.1: TEL;CELL:


def _text(value: Any) -> str:
    return (" ".join(value) if isinstance(value, list) else str(value or "")).strip()


def card_fields(contents: dict[str, list[Any]]) -> dict[str, str]:
    out: dict[str, str] = {}
    extra: list[str] = []
    first = {k: v[0].value for k, v in contents.items() if v}
    if first.get("fn"):
        out["Name"] = _text(first["fn"])
    if not out.get("Name") and "n" in first:
        n = first["n"]
        out["Name"] = person_name(_text(getattr(n, "family", "")), _text(getattr(n, "given", "")))
    if "org" in first:
        org = first["org"] if isinstance(first["org"], list) else [str(first["org"])]
        out["Company"] = str(org[0]).strip() if org else ""
        out["Department"] = " ".join(str(x).strip() for x in org[1:] if str(x).strip())
    if "title" in first:
        out["Title"] = _text(first["title"])
    for line in contents.get("tel", []):
        number = str(line.value).removeprefix("tel:").strip()
        column = "Mobile" if _kinds(line) & _MOBILE else "Phone"
        if not number:
            continue
        if not out.get(column):
            out[column] = number
        else:
            extra.append(number)
    emails = [str(line.value).removeprefix("mailto:").strip() for line in contents.get("email", [])]
    emails = [e for e in emails if e]
    if emails:
        out["Email"] = emails[0]
        extra += emails[1:]
    adrs = contents.get("adr", [])
    if adrs:
        adr = adrs[0].value
        out["Address"] = _text(getattr(adr, "street", ""))
        out["City"] = _text(getattr(adr, "city", ""))
        out["Province"] = _text(getattr(adr, "region", ""))
    notes = "\n".join(_text(line.value) for line in contents.get("note", []))
    if extra:
        notes = "\n".join(x for x in (notes, " / ".join(extra)) if x)
    out["Notes"] = notes
    if "uid" in first:
        out["UID"] = _text(first["uid"])
    return {k: v for k, v in out.items() if v}
