"""`desktop-crm export F.csv|.xlsx|.vcf` with the list's filters as options: files written, a
one-line summary, and one-line errors that leave nothing behind."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import vobject
from openpyxl import load_workbook

from desktop_crm.core import customers
from desktop_crm.storage.profile import open_profile
from tests.cli.test_cli import assert_one_line_error, run
from tests.storage.test_profile import read_only_dir


@pytest.fixture(scope="module")
def profile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "p"
    p = open_profile(path)
    with p.session() as s:
        hualian = customers.create_customer(
            s, name="北京华联商贸有限公司", city="北京", phone="010 6500 1234"
        )
        harbor = customers.create_customer(s, name="Harbor Logistics Ltd", city="上海", tier_override="A")
        customers.add_contact(
            s, customer_id=hualian, name="张伟", mobile="138 1234 5678", email="zw@hualian.cn"
        )
        customers.add_contact(s, customer_id=harbor, name="Anna Schmidt", phone="021 6888 1234")
    p.close()
    return path


def export(profile_dir: Path, *args: str) -> str:
    proc = run("--profile", str(profile_dir), "export", *args)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert len(proc.stdout.splitlines()) == 1
    return proc.stdout.strip()


def test_csv_xlsx_and_vcf_are_written_with_a_summary(profile_dir: Path, tmp_path: Path) -> None:
    line = export(profile_dir, str(tmp_path / "all.csv"))
    assert line == f"2 customers written to {tmp_path / 'all.csv'}"
    data = (tmp_path / "all.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    names = [r["Name"] for r in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))]
    assert names == ["北京华联商贸有限公司", "Harbor Logistics Ltd"]

    line = export(profile_dir, str(tmp_path / "a.xlsx"), "--tier", "a")
    assert line == f"1 customer matching the filters written to {tmp_path / 'a.xlsx'}"
    sheet = load_workbook(tmp_path / "a.xlsx").active
    assert sheet is not None and sheet.freeze_panes == "A2"
    assert [c.value for c in sheet["A"]] == ["Name", "Harbor Logistics Ltd"]

    line = export(profile_dir, str(tmp_path / "p.vcf"), "--search", "华联", "--vcard-version", "3.0")
    assert line == (
        f"1 contact person of 1 customer matching the filters written to {tmp_path / 'p.vcf'} (vCard 3.0)"
    )
    (card,) = vobject.readComponents((tmp_path / "p.vcf").read_text(encoding="utf-8"))
    assert (card.version.value, card.fn.value, card.tel.value) == ("3.0", "张伟", "+8613812345678")

    line = export(profile_dir, str(tmp_path / "all.vcf"), "--city", "上海")
    assert line.startswith("1 contact person of 1 customer matching the filters") and "(vCard 4.0)" in line
    assert "FN:Anna Schmidt" in (tmp_path / "all.vcf").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("x.txt",), "cannot export to .txt"),
        (("noext",), "without extension"),
        (("x.ics", "--tier", "A"), "filters"),
        (("x.csv", "--days", "3"), "--from and --days"),
        (("x.xlsx", "--vcard-version", "3.0"), "--vcard-version"),
    ],
)
def test_wrong_extension_or_option_is_one_line_and_writes_nothing(
    profile_dir: Path, tmp_path: Path, args: tuple[str, ...], needle: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    line = assert_one_line_error(
        run("--profile", str(profile_dir), "export", str(out / args[0]), *args[1:]), 1
    )
    assert needle in line
    assert list(out.iterdir()) == []


def test_usage_errors_exit_2(profile_dir: Path, tmp_path: Path) -> None:
    line = assert_one_line_error(run("--profile", str(profile_dir), "export", "x.csv", "--tier", "D"), 2)
    assert "invalid choice" in line
    line = assert_one_line_error(
        run("--profile", str(profile_dir), "export", "x.vcf", "--vcard-version", "2.1"), 2
    )
    assert "invalid choice" in line


@pytest.mark.parametrize("name", ["c.csv", "c.xlsx", "c.vcf"])
def test_read_only_folder_is_one_line_and_leaves_nothing(
    profile_dir: Path, tmp_path: Path, name: str
) -> None:
    with read_only_dir(tmp_path / "ro"):
        line = assert_one_line_error(
            run("--profile", str(profile_dir), "export", str(tmp_path / "ro" / name)), 1
        )
        assert "cannot write" in line
        assert list((tmp_path / "ro").iterdir()) == []
