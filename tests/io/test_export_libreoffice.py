"""The XLSX export opens in LibreOffice with its Chinese intact (issue 7). Needs LibreOffice
(`apt-get install libreoffice-calc-nogui`); skipped, and saying so, where it is not installed."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_crm.core import customers
from desktop_crm.io.export import export_file
from desktop_crm.storage.profile import open_profile

OFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_xlsx_export_with_chinese_intact(tmp_path: Path) -> None:
    profile = open_profile(tmp_path / "p")
    with profile.session() as s:
        customers.create_customer(s, name="北京华联商厦股份有限公司", city="北京", phone="010-65281234",
                                  notes="老客户，说“好”的")  # fmt: skip
        customers.create_customer(s, name="Atlas Foods Inc.", city="Jinan")
    with profile.session() as s:
        export_file(s, tmp_path / "list.xlsx")
    assert OFFICE is not None
    subprocess.run(
        [OFFICE, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "out"), str(tmp_path / "list.xlsx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    rows = list(csv.reader((tmp_path / "out" / "list.csv").read_text(encoding="utf-8").splitlines()))
    assert rows[0][:3] == ["Name", "Industry", "Phone"]
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {"北京华联商厦股份有限公司", "Atlas Foods Inc."}
    hualian = dict(zip(rows[0], by_name["北京华联商厦股份有限公司"], strict=False))
    assert (hualian["City"], hualian["Phone"], hualian["Notes"]) == (
        "北京",
        "+861065281234",
        "老客户，说“好”的",
    )
