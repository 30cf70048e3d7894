"""A CSV with a NUL byte and other control characters (a legacy export) imports cleaned, and the
laptop then syncs every row to the server, PostgreSQL included, which refuses NUL in text
(issue 17: one such row blocked the whole queue behind it).

Cleaned rather than rejected by line: a control character means nothing in a name, an address
or a note, no viewer shows it, and the person importing could not find what to fix."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, text

from desktop_crm.core.models import Attention, Customer, OutboxOp
from desktop_crm.io.importer import import_table
from desktop_crm.io.mapping import guess
from desktop_crm.io.tables import read_csv
from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.server.db import create_schema, drop_schema, make_engine, rows
from desktop_crm.storage.profile import open_profile
from desktop_crm.sync.client import Transport, sync

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SCHEMA = f"io_{os.getpid()}"


def _postgresql() -> Engine | None:
    try:
        engine = make_engine(PG_SERVER)
        with engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"))
        engine.dispose()
    except Exception:
        return None
    return make_engine(f"{PG_SERVER}?options=-csearch_path%3D{SCHEMA}")


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[TestClient, Engine]]:
    engine = (
        make_engine(f"sqlite:///{tmp_path / 'server.sqlite'}") if request.param == "sqlite" else _postgresql()
    )
    if engine is None:
        pytest.skip("PostgreSQL at 127.0.0.1:5432 did not answer")
    create_schema(engine)
    with engine.begin() as conn:
        admin.add_user(conn, "ann", password="ann-secret-1")
    with TestClient(create_app(engine)) as http:
        yield http, engine
    if request.param == "postgresql":
        drop_schema(engine)
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
    engine.dispose()


CSV = (
    "name,city,phone,notes\r\n"
    "Null\x00 Trading,Beijing,010 6512 3456,from the old system\x00\r\n"
    "Bell\x07 & Co,Tianjin,,\x1b[1mbold\x1b[0m\r\n"
    + "".join(f"Good Firm {i},Shanghai,,line {i}\r\n" for i in range(10))
).encode("utf-8")


def test_a_nul_byte_in_a_csv_is_cleaned_and_every_row_syncs(
    server: tuple[TestClient, Engine], tmp_path: Path
) -> None:
    http, engine = server
    laptop = open_profile(tmp_path / "laptop")
    table = read_csv(CSV, "legacy.csv")
    with laptop.session() as s:
        result = import_table(s, table, kind="customers", mapping=guess(table.headers, "customers"))
    assert not result.rejected and len(table.rows) == 12
    with laptop.session() as s:
        names = set(s.scalars(select(Customer.name)))
        assert {"Null Trading", "Bell & Co"} <= names
        assert s.scalar(select(Customer.notes).where(Customer.name == "Bell & Co")) == "[1mbold[0m"
    transport = Transport(http, retries=0)
    transport.login("ann", "ann-secret-1")
    report = sync(laptop, transport)
    assert not report.rejected
    with laptop.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == 0
        assert s.scalar(select(func.count()).select_from(Attention)) == 0
    with engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(rows).where(rows.c.table_name == "customers"))
        assert stored.scalar() == 12
    laptop.close()
