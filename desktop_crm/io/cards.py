"""What a scanned badge or business card holds, read into lead fields.

Handheld scanners type the payload like a keyboard, and phones share cards as vCards: vCard
2.1/3.0/4.0 (vobject, after joining quoted-printable soft line breaks, which vobject does not),
MECARD and BIZCARD (the QR formats of Japanese phones and of ZXing), or plain lines of name,
company, phone and e-mail. Anything else comes back with no fields, and the caller keeps the
payload verbatim on the lead."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from ..core.search_index import has_cjk
from ..core.validation import clean_text

# vobject logs every line it skips as an error; a skipped line here is expected, not news.
logging.getLogger("vobject").setLevel(logging.CRITICAL)

FIELDS = ("name", "company", "title", "phone", "email", "city", "province", "notes")


@dataclass(frozen=True, slots=True)
class Card:
    format: str  # vcard | mecard | bizcard | text | unknown
    fields: dict[str, str] = field(default_factory=dict)  # of FIELDS, only those found


def read_payload(payload: str) -> Card:
    # A scanner typing a code's separators (GS1's GS) or a NUL: nothing a lead field can hold.
    text = clean_text(payload).strip().lstrip("\ufeff")
    head = text[:12].upper()
    if head.startswith("BEGIN:VCARD"):
        return _vcard(text)
    if head.startswith("MECARD:"):
        return _tagged("mecard", text[len("MECARD:") :], _MECARD)
    if head.startswith("BIZCARD:"):
        return _tagged("bizcard", text[len("BIZCARD:") :], _BIZCARD)
    return _plain(text)


def person_name(family: str, given: str) -> str:
    """Chinese names run family name first with no space; Latin ones given name first."""
    family, given = family.strip(), given.strip()
    if has_cjk(family + given):
        return family + given
    return " ".join(part for part in (given, family) if part)


# --- vCard -----------------------------------------------------------------------------------

# Properties with binary data (base64 over many lines) that a lead has no use for.
_BINARY = re.compile(r"^(PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)


def vcard_lines(text: str) -> str:
    """The card with quoted-printable soft line breaks joined and binary properties dropped."""
    out: list[str] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    skipping = False
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if skipping and (line[:1] in (" ", "\t") or (line and ":" not in line)):
            continue  # a continuation of the binary value
        skipping = bool(_BINARY.match(line))
        if skipping or not line.strip():
            continue
        if "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper():
            while line.endswith("=") and i < len(lines):
                line = line[:-1] + lines[i]  # a soft line break
                i += 1
        out.append(line)
    return "\r\n".join(out) + "\r\n"


def _vcard(text: str) -> Card:
    import vobject

    try:
        card = vobject.readOne(vcard_lines(text), ignoreUnreadable=True)
    except Exception:  # vobject raises several kinds on a malformed card; the payload is kept
        return Card("unknown")
    found: dict[str, str] = {}
    contents = card.contents

    def values(name: str) -> list[object]:
        return [line.value for line in contents.get(name, [])]

    def typed(name: str, preferred: tuple[str, ...]) -> str:
        lines = contents.get(name, [])
        for wanted in preferred:
            for line in lines:
                kinds = {t.lower() for v in line.params.get("TYPE", []) for t in str(v).split(",")}
                kinds |= {str(k).lower() for k in line.singletonparams}  # vCard 2.1: TEL;CELL:
                if wanted in kinds:
                    return str(line.value)
        return str(lines[0].value) if lines else ""

    if values("fn"):
        found["name"] = str(values("fn")[0]).strip()
    if not found.get("name") and values("n"):
        n = values("n")[0]
        found["name"] = person_name(str(getattr(n, "family", "")), str(getattr(n, "given", "")))
    if values("org"):
        org = values("org")[0]
        found["company"] = (org[0] if isinstance(org, list) and org else str(org)).strip()
    if values("title"):
        found["title"] = str(values("title")[0]).strip()
    phone = typed("tel", ("cell", "mobile", "work", "voice"))
    if phone:
        found["phone"] = phone.removeprefix("tel:").strip()
    email = typed("email", ("work", "internet", "pref"))
    if email:
        found["email"] = email.removeprefix("mailto:").strip()
    if values("adr"):
        adr = values("adr")[0]
        for key, attr in (("city", "city"), ("province", "region")):
            value = getattr(adr, attr, "")
            value = " ".join(value) if isinstance(value, list) else str(value or "")
            if value.strip():
                found[key] = value.strip()
    if values("note"):
        found["notes"] = "\n".join(str(values("note")[0]).strip().splitlines())
    found = {k: v for k, v in found.items() if v}
    return Card("vcard" if found else "unknown", found)


# --- MECARD and BIZCARD ----------------------------------------------------------------------

_MECARD = {"N": "name", "ORG": "company", "TITLE": "title", "TEL": "phone", "EMAIL": "email",
           "NOTE": "notes", "ADR": "address"}  # fmt: skip
_BIZCARD = {"N": "given", "X": "family", "T": "title", "C": "company", "B": "phone", "M": "phone",
            "E": "email", "A": "address"}  # fmt: skip


def _split_unescaped(text: str, sep: str) -> list[str]:
    parts, current, escaped = [], [], False
    for ch in text:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _tagged(fmt: str, body: str, keys: dict[str, str]) -> Card:
    got: dict[str, str] = {}
    for part in _split_unescaped(body, ";"):
        tag, sep, value = part.partition(":")
        target = keys.get(tag.strip().upper())
        if sep and target and value.strip() and target not in got:  # the first phone, the first e-mail
            got[target] = value.replace("\\", "").strip()
    if fmt == "mecard" and "name" in got and "," in got["name"]:
        family, _, given = got["name"].partition(",")  # MECARD's N is "family,given"
        got["name"] = person_name(family, given)
    if fmt == "bizcard" and ("given" in got or "family" in got):
        got["name"] = person_name(got.pop("family", ""), got.pop("given", ""))
    address = got.pop("address", "")
    if address:
        got["notes"] = "\n".join(x for x in (got.get("notes", ""), address) if x)
    found = {k: v for k, v in got.items() if k in FIELDS}
    return Card(fmt if found else "unknown", found)


# --- plain text ------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"\s*(?:\r\n|\r|\n|\||/|;|\t)\s*")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^(?:tel:)?\+?[\d\s\-().]{7,}$", re.IGNORECASE)
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")


def _plain(text: str) -> Card:
    """Lines (or parts split by | / ; or tabs, or else commas) of name, company, phone and
    e-mail, in any order: the e-mail and the phone are recognised by their shape, and the
    remaining parts are the name, the company and the title, in that order. A payload without
    an e-mail or a phone and with fewer than two such parts (a badge number, a link) is not a
    card."""
    if not text or _URL.match(text):
        return Card("unknown")
    parts = [p for p in _SEPARATORS.split(text) if p]
    if len(parts) < 2 and "," in text:
        parts = [p.strip() for p in text.split(",") if p.strip()]
    found: dict[str, str] = {}
    words: list[str] = []
    for part in parts:
        if _EMAIL.match(part) and "email" not in found:
            found["email"] = part.removeprefix("mailto:")
        elif _PHONE.match(part) and "phone" not in found:
            found["phone"] = part.removeprefix("tel:").strip()
        elif _LETTER.search(part):
            words.append(part)
    if not found and (len(words) < 2 or any(ch.isdigit() for ch in words[0])):
        return Card("unknown")
    for key, value in zip(("name", "company", "title"), words, strict=False):
        found[key] = value
    if len(words) > 3:
        found["notes"] = "\n".join(words[3:])
    return Card("text", found)
