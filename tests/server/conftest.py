"""Server tests run against SQLite always, and against PostgreSQL at 127.0.0.1:5432 (database
``test``) when it answers; the report header says which. Each test run works in a schema of its
own in that database, so two runs on one machine (a developer's and CI's) never wait on each
other's locks."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text

from desktop_crm.server.db import create_schema, drop_schema, make_engine

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SCHEMA = f"run_{os.getpid()}"
PG_URL = f"{PG_SERVER}?options=-csearch_path%3D{SCHEMA}"


def _pg_reachable() -> bool:
    try:
        engine = make_engine(PG_SERVER)
        with engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"))
        engine.dispose()
        return True
    except Exception:
        return False


PG = _pg_reachable()
BACKENDS = ["sqlite", "postgresql"] if PG else ["sqlite"]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if PG:
        engine = make_engine(PG_SERVER)
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        engine.dispose()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if PG:
        terminalreporter.write_line("server tests ran on SQLite and on PostgreSQL (127.0.0.1:5432/test)")
    else:
        terminalreporter.write_line(
            "server tests ran on SQLite only: PostgreSQL at 127.0.0.1:5432 did not answer"
        )


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite'}")
    else:
        engine = make_engine(PG_URL)
        drop_schema(engine)  # a clean database for each test
    create_schema(engine)
    yield engine
    if request.param == "postgresql":
        drop_schema(engine)
    engine.dispose()
