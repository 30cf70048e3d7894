"""What the app exports, it imports again without changing anything (issue 7): customers through
CSV and XLSX, contact persons through vCard 4.0 and 3.0 with their phone labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.core import customers
from desktop_crm.io.export import export_file
from desktop_crm.io.importer import import_table
from desktop_crm.io.mapping import guess
from desktop_crm.io.tables import read_table
from desktop_crm.storage.profile import open_profile


@pytest.mark.parametrize("name", ["all.csv", "all.xlsx", "all.vcf", "all-3.vcf"])
def test_an_export_imports_again_without_changing_anything(tmp_path: Path, name: str) -> None:
    profile = open_profile(tmp_path / "p")
    with profile.session() as s:
        a = customers.create_customer(s, name="北京华联商厦股份有限公司", city="北京", phone="010-65281234",
                                      email="info@hualian.cn", tier_override="A", notes="老客户\n第二行")  # fmt: skip
        b = customers.create_customer(
            s, name="Atlas Foods Inc.", city="Jinan", language="en", external_id="AT-1"
        )
        customers.add_contact(s, customer_id=a, name="王建国", mobile="13801112222", phone="010-65281235",
                              email="wang@hualian.cn", title="采购经理", is_primary=True)  # fmt: skip
        customers.add_contact(s, customer_id=b, name="Anna Schmidt", mobile="+49 151 23456789")
    path = tmp_path / name
    with profile.session() as s:
        export_file(s, path.with_name(path.name.replace("-3", "")) if "-3" in name else path,
                    vcard_version="3.0" if "-3" in name else "4.0")  # fmt: skip
    if "-3" in name:
        path.with_name("all.vcf").rename(path)
    table = read_table(path)
    kind = "contacts" if name.endswith(".vcf") else "customers"
    key = "name_city" if kind == "customers" else "name_company"
    with profile.session() as s:
        result = import_table(s, table, kind=kind, mapping=guess(table.headers, kind), key=key)
    assert (result.created, result.updated, result.unchanged, result.rejected) == (0, 0, 2, [])
    assert result.customers_created == 0
