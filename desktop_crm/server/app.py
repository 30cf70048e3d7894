"""The HTTP surface of the server (DESIGN.md sections 3 and 5): health, login, push, pull."""

# No "from __future__ import annotations": FastAPI reads the endpoints' annotations at runtime,
# and the dependency aliases are local to create_app.

import os
import threading
import time
from collections.abc import Callable
from typing import Annotated, Any, Literal

import orjson
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Connection, Engine, select

from . import auth, errors, timing
from . import sync as service
from . import validate as check
from .db import users

MAX_BODY = 8 * 1024 * 1024  # a push batch of 500 full rows is well under 1 MB

# OpenAPI links (a stateful fuzzer follows them): a page's cursor is the next pull's, and a push's
# first answer the sequence to pull after.
PAGE: errors.Responses = {200: {"description": "A page of rows in the user's scope, and the cursor after it",
              "links": {"next_page": {"operationId": "pull", "parameters": {"since": "$response.body#/next"}}}}}  # fmt: skip
PUSHED: errors.Responses = {200: {"description": "An answer for each operation, in their order",
                "links": {"pull_after": {"operationId": "pull",
                                         "parameters": {"since": "$response.body#/results/0/seq"}}}}}  # fmt: skip


# Strict: a JSON true is no sequence number, and "5" no schema version (pydantic would convert).
STRICT = ConfigDict(strict=True)


class Login(BaseModel):
    model_config = STRICT

    # No control characters: PostgreSQL refuses a NUL in a query parameter.
    username: str = Field(min_length=1, max_length=100, pattern=r"^[^\x00-\x1f\x7f]+$")
    password: str = Field(min_length=1, max_length=1000)


class Op(BaseModel):
    """The envelope of an operation, in the shapes the app makes; the values in ``fields`` are
    checked op by op (``validate.check_op``), so that one bad op does not refuse its batch."""

    model_config = STRICT

    op_id: str = Field(pattern=r"^[0-9A-Za-z][0-9A-Za-z_.:-]{0,63}$")
    table: str = Field(pattern=check.NAME_PATTERN)
    row_id: str = Field(pattern=check.ID_PATTERN)
    op: Literal["insert", "update", "delete"]
    fields: dict[str, Any]
    base: dict[str, Any] = Field(default_factory=dict)
    base_seq: int | None = Field(default=None, ge=0, le=check.INT_MAX)
    hlc: str = Field(max_length=48, pattern=check.HLC_PATTERN)


class Push(BaseModel):
    model_config = STRICT

    schema_version: int
    ops: list[Op] = Field(max_length=1000)


def create_app(engine: Engine) -> FastAPI:
    # max_body_size: a 413 for a larger body, whether it states its length or streams in.
    app = FastAPI(title="desktop-crm server", version="1", max_body_size=MAX_BODY)
    limiter = auth.LoginLimiter()  # in the database: shared by every server process
    if os.environ.get(timing.LOCK_TIMES_ENV):  # a debug timing for the bench
        timing.time_counter_lock(engine, os.environ[timing.LOCK_TIMES_ENV])
    turns = threading.Semaphore(1)
    errors.install(app)

    # Each endpoint runs its transaction start to commit inside its own worker thread, and
    # checks the token as the transaction's first statement. (A dependency with ``yield`` would
    # commit in another thread-pool task; with every worker waiting for the counter row that an
    # uncommitted push holds, nothing could commit it.)
    async def bearer(authorization: Annotated[str | None, Header()] = None) -> str:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise _unauthorized()
        return token

    Token = Annotated[str, Depends(bearer)]

    def user_of(token: str) -> Callable[[Connection], dict[str, Any]]:
        def check(conn: Connection) -> dict[str, Any]:
            user = auth.user_for_token(conn, token)
            if user is None:
                raise _unauthorized()
            return user

        return check

    def check_version(version: int) -> None:
        if version < service.SCHEMA_VERSION:
            raise HTTPException(
                426, f"client schema {version} is too old; this server needs {service.SCHEMA_VERSION}"
            )

    @app.get("/v1/health", operation_id="health")
    def health() -> dict[str, Any]:
        return {"ok": True, "schema_version": service.SCHEMA_VERSION}

    @app.post("/v1/auth/login", operation_id="login", responses={**errors.UNAUTHORIZED, **errors.TOO_LARGE, **errors.INVALID,
                                           **errors.TOO_MANY})  # fmt: skip
    def login(body: Login, request: Request) -> dict[str, Any]:
        keys = (f"user:{body.username}", f"ip:{request.client.host if request.client else '?'}")
        with engine.begin() as conn:
            if limiter.blocked(conn, *keys):
                raise HTTPException(429, "too many failed logins; wait a minute")
            user = conn.execute(select(users).where(users.c.username == body.username)).mappings().first()
            if (
                user is not None
                and user["active"]
                and auth.check_password(user["password_hash"], body.password)
            ):
                token, expires = auth.issue_token(conn, user["id"])
                return {"token": token, "expires_at": expires.isoformat(), "user": _public(user)}
        with engine.begin() as conn:  # a transaction of its own: the 401 must not roll it back
            limiter.failed(conn, *keys)
        raise HTTPException(401, "wrong user name or password, or the user is disabled")

    @app.post("/v1/auth/logout", operation_id="logout", responses={**errors.UNAUTHORIZED, **errors.TOO_LARGE})
    def logout(token: Token) -> dict[str, bool]:
        with engine.begin() as conn:
            user_of(token)(conn)
            auth.revoke(conn, token)
        return {"ok": True}

    @app.post("/v1/sync/push", operation_id="push", responses={**PUSHED, **errors.UNAUTHORIZED, **errors.TOO_LARGE, **errors.INVALID,
                                          **errors.TOO_OLD})  # fmt: skip
    def push(body: Push, token: Token) -> Any:
        check_version(body.schema_version)
        ops = [op.model_dump() for op in body.ops]
        # Pushes take turns at the counter row anyway: waiting here rather than in the
        # database leaves this process's CPU to the push that holds the row.
        with turns:
            results = service.commit_push(engine, user_of(token), ops)
        return _json({"results": results, "server_time": _now_ms()})

    @app.get("/v1/sync/pull", operation_id="pull",
             responses={**PAGE, **errors.UNAUTHORIZED, **errors.INVALID, **errors.TOO_OLD})  # fmt: skip
    def pull(token: Token, since: Annotated[int, Query(ge=0, le=check.INT_MAX)] = 0,
             limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
             schema_version: Annotated[int, Query()] = service.SCHEMA_VERSION) -> Any:  # fmt: skip
        check_version(schema_version)
        with engine.begin() as conn:
            page = service.pull(conn, user_of(token)(conn), since=since, limit=limit)
        # Row images are plain JSON: encoded as they are, a page of 5,000 rows takes 30 ms,
        # where FastAPI's jsonable_encoder pass would take 200.
        return _json({**page, "server_time": _now_ms()})

    return app


def app_from_environment() -> FastAPI:
    """The app of one of several server processes (``desktop-crm-server --workers N``)."""
    from .db import make_engine

    return create_app(make_engine(os.environ["DESKTOP_CRM_SERVER_DB"]))


def _now_ms() -> int:
    """The server's clock in every sync answer: laptops bound the stamps they observe by it and
    tell the rep when their own clock is off."""
    return time.time_ns() // 1_000_000


def _unauthorized() -> HTTPException:
    return HTTPException(401, "a valid bearer token is needed", headers={"WWW-Authenticate": "Bearer"})


def _json(content: Any) -> Response:
    """Plain JSON already, so no jsonable_encoder pass; orjson writes it ten times faster than
    the json module (a page of 5,000 rows: a few milliseconds)."""
    return Response(orjson.dumps(content), media_type="application/json")


def _public(user: Any) -> dict[str, Any]:
    return {k: user[k] for k in ("id", "username", "display_name", "role", "territory_id")}
