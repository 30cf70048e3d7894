"""Files people import, read into one shape: a header and rows of text, each with the line a
person would look for in the file when told it is wrong.

CSV as Excel and other tools write it: UTF-8 (with or without the BOM), GB18030 (Excel on
Chinese Windows saves GBK, a subset), UTF-16 ("Unicode text"); the delimiter found by the csv
module's sniffer; quoted fields with newlines and quotes inside. XLSX through openpyxl, the first
sheet. vCard files through ``io.vcf``."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import CrmError

KINDS = (".csv", ".txt", ".tsv", ".xlsx", ".vcf")


@dataclass(frozen=True, slots=True)
class Row:
    line: int  # where the row starts in the file (1 is the first line; for XLSX, the sheet row)
    cells: tuple[str, ...]


@dataclass(slots=True)
class Table:
    headers: list[str]
    rows: list[Row]
    source: str = ""  # what was read, for a person: "CSV, GB18030, ';'", "XLSX, sheet 客户"
    broken: list[tuple[int, str]] = field(default_factory=list)  # rows that could not be read: line, why

    def value(self, row: Row, column: int) -> str:
        return row.cells[column].strip() if column < len(row.cells) else ""


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if suffix not in KINDS:
        raise CrmError("unknown_format", f"{path.name}: cannot import {suffix or 'a file without extension'}"
                       " (CSV, XLSX or VCF)")  # fmt: skip
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CrmError("unreadable", f"cannot read {path}: {exc.strerror or exc}") from None
    if suffix == ".xlsx":
        return read_xlsx(data, path.name)
    if suffix == ".vcf":
        from .vcf import read_vcf

        return read_vcf(decode(data, path.name)[0], path.name)
    return read_csv(data, path.name)


def decode(data: bytes, name: str = "file") -> tuple[str, str]:
    """The text and the encoding it was in. A BOM decides; else strict UTF-8; else GB18030, which
    holds GBK and GB2312 (Excel on Chinese Windows). GB18030 decodes almost any bytes, so a file
    that is neither is refused rather than imported as nonsense: too few of its characters are
    Chinese or plain text."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding.upper().replace("-SIG", " (BOM)")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible(text):
        return text, "GB18030"
    raise CrmError("unknown_encoding", f"{name}: the text is neither UTF-8 nor GB18030/GBK; "
                   "save it from Excel as \"CSV UTF-8\"")  # fmt: skip


def _plausible(text: str) -> bool:
    common = sum(1 for ch in text if ch.isascii() or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
                 or "\uff00" <= ch <= "\uffef")  # fmt: skip
    return common >= 0.97 * len(text)


def read_csv(data: bytes, name: str = "file.csv") -> Table:
    text, encoding = decode(data, name)
    sample = text[:64_000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[Row] = []
    headers: list[str] | None = None
    start = 1
    try:
        for record in reader:
            line, start = start, reader.line_num + 1  # a quoted newline makes a record span lines
            if not any(cell.strip() for cell in record):
                continue
            if headers is None:
                headers = [cell.strip().lstrip("\ufeff") for cell in record]
            else:
                rows.append(Row(line, tuple(cell.replace("\r\n", "\n") for cell in record)))
    except csv.Error as exc:
        raise CrmError("bad_csv", f"{name}, line {start}: {exc}") from None
    if headers is None:
        raise CrmError("empty_file", f"{name}: no header row and no data")
    shown = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}[delimiter]
    return Table(headers, rows, f"CSV, {encoding}, {shown}")


def read_xlsx(data: bytes, name: str = "file.xlsx") -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise CrmError("bad_xlsx", f"{name}: not an Excel workbook ({exc})") from None
    try:
        sheet = book.worksheets[0]
        headers: list[str] | None = None
        rows: list[Row] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(_cell_text(v) for v in values)
            if not any(c.strip() for c in cells):
                continue
            if headers is None:
                headers = [c.strip() for c in cells]
            else:
                rows.append(Row(number, cells))
        title = sheet.title
    finally:
        book.close()
    if headers is None:
        raise CrmError("empty_file", f"{name}: the first sheet is empty")
    while headers and not headers[-1]:
        headers.pop()  # formatted but empty columns at the right
    return Table(headers, rows, f"XLSX, {title}")


def _cell_text(value: object) -> str:
    """A cell as the text a person sees: 13812345678, not 13812345678.0; dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
