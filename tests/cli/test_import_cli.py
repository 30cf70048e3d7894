"""`desktop-crm import`: the files reps bring, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import assert_one_line_error, run

DATA = Path(__file__).parent.parent / "data" / "import"


def test_import_reports_what_it_did_and_a_second_run_adds_nothing(tmp_path: Path) -> None:
    where = ["--profile", str(tmp_path / "p")]
    dry = run(*where, "import", str(DATA / "customers_gb18030.csv"), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "CSV, GB18030" in dry.stdout and "客户名称 → name" in dry.stdout
    assert "customers: 4 added" in dry.stdout and "dry run: nothing changed" in dry.stdout
    assert json.loads(run(*where, "search", "华联", "--json").stdout) == []  # the dry run left nothing

    first = run(*where, "import", str(DATA / "customers_gb18030.csv"))
    assert "customers: 4 added, 0 updated, 0 unchanged" in first.stdout, first.stderr
    again = run(*where, "import", str(DATA / "customers_gb18030.csv"))
    assert "customers: 0 added, 0 updated, 4 unchanged" in again.stdout
    assert any(
        h["name"] == "北京华联商厦股份有限公司"
        for h in json.loads(run(*where, "search", "华联", "--json").stdout)
    )


def test_bad_rows_are_listed_by_line_and_nothing_is_imported_without_skip(tmp_path: Path) -> None:
    where = ["--profile", str(tmp_path / "p")]
    errors = tmp_path / "errors.csv"
    refused = run(*where, "import", str(DATA / "customers_bad_rows.csv"), "--errors", str(errors))
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert [line.split(":")[0] for line in lines[:4]] == ["line 3", "line 4", "line 5", "line 7"]
    assert "nothing imported: 4 rows invalid" in lines[-1] and "Traceback" not in refused.stderr
    saved = errors.read_bytes().decode("utf-8-sig").splitlines()
    assert saved[0] == "line,reason,Name,City,Phone,Email,Tier"  # the rows as they were, to put right
    assert saved[1] == "3,phone: '12345' is not a valid phone number,Bad Phone Co.,Qingdao,12345,,B"
    assert run(*where, "search", "Good", "--json").stdout.strip() == "[]"

    skipped = run(*where, "import", str(DATA / "customers_bad_rows.csv"), "--skip-invalid")
    assert skipped.returncode == 0
    assert "customers: 2 added" in skipped.stdout and "4 invalid rows skipped" in skipped.stdout
    assert {h["name"] for h in json.loads(run(*where, "search", "Good", "--json").stdout)} == {
        "Good Farm Ltd.", "Second, Good"}  # fmt: skip


def test_a_column_can_be_mapped_by_hand_and_the_mapping_is_remembered(tmp_path: Path) -> None:
    where = ["--profile", str(tmp_path / "p")]
    sheet = tmp_path / "odd.csv"
    sheet.write_text("Firma,Ort\nMüller GmbH,Hamburg\n", encoding="utf-8")
    unmapped = run(*where, "import", str(sheet))
    assert "columns: none recognised" in unmapped.stdout
    assert "no column holds the name" in assert_one_line_error(unmapped, 1)
    mapped = run(*where, "import", str(sheet), "--map", "Firma=name", "--map", "Ort=city")
    assert "Firma → name, Ort → city" in mapped.stdout and "1 added" in mapped.stdout
    remembered = run(*where, "import", str(sheet))  # the same headers: the same mapping
    assert "Firma → name, Ort → city" in remembered.stdout and "1 unchanged" in remembered.stdout
    assert "no column 'Nope'" in assert_one_line_error(
        run(*where, "import", str(sheet), "--map", "Nope=city"), 1
    )


def test_a_vcf_imports_contact_persons_and_an_unknown_format_is_one_line(tmp_path: Path) -> None:
    where = ["--profile", str(tmp_path / "p")]
    done = run(*where, "import", str(DATA / "android_contacts.vcf"))
    assert "contacts: 2 added, 0 updated, 0 unchanged, 2 new customers for them" in done.stdout, done.stderr
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF-1.4")
    assert "cannot import .pdf" in assert_one_line_error(run(*where, "import", str(other)), 1)
    assert "cannot read" in assert_one_line_error(run(*where, "import", str(tmp_path / "missing.csv")), 1)
