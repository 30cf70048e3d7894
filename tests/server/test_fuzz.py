"""schemathesis against the server's own OpenAPI document: whatever it generates, valid or not,
with or without a token, the server never answers 5xx (DESIGN.md 7). SQLite only: the fuzzer
is about request handling, not the database."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.server.auth import issue_token
from desktop_crm.server.db import create_schema, make_engine

_engine = make_engine(f"sqlite:///{Path(tempfile.mkdtemp()) / 'fuzz.sqlite'}")
create_schema(_engine)
with _engine.begin() as _conn:
    _user = admin.add_user(_conn, "fuzz", password="fuzz-secret-1")
    TOKEN, _ = issue_token(_conn, _user)

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_engine))


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    for headers in ({"Authorization": f"Bearer {TOKEN}"}, {}):
        response = case.call(headers=headers)
        assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:300])
