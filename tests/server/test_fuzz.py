"""schemathesis against the server's own OpenAPI document (DESIGN.md 7): whatever it generates,
valid or not (schemathesis 4 generates both, positive and negative, by default), with or
without a token, the server never answers 5xx, answers only the status codes the document
lists, and refuses every request that breaks the schema with a 4xx. A stateful run follows the
document's links (a pull's cursor into the next pull, a push's sequence into a pull) with a
token. SQLite only: the fuzzer is about request handling, not the database."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    status_code_conformance,
)

from desktop_crm.server import admin
from desktop_crm.server.app import create_app
from desktop_crm.server.auth import issue_token
from desktop_crm.server.db import create_schema, make_engine

_engine = make_engine(f"sqlite:///{Path(tempfile.mkdtemp()) / 'fuzz.sqlite'}")
create_schema(_engine)
with _engine.begin() as _conn:
    _user = admin.add_user(_conn, "fuzz", password="fuzz-secret-1")
    TOKEN, _ = issue_token(_conn, _user)
AUTH = {"Authorization": f"Bearer {TOKEN}"}
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, negative_data_rejection]

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_engine))
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    for headers in (AUTH, {}):
        response = case.call(headers=headers)
        case.validate_response(response, checks=CHECKS)


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
        return {"headers": AUTH}

    def validate_response(self, response: Any, case: schemathesis.Case, **kwargs: Any) -> None:
        case.validate_response(response, checks=CHECKS)


TestWorkflow = Workflow.TestCase
TestWorkflow.settings = settings(
    max_examples=30, stateful_step_count=6, deadline=None, suppress_health_check=list(HealthCheck)
)
