"""The HTTP surface of the server (DESIGN.md sections 3 and 5): health, login, push, pull."""

# No "from __future__ import annotations": FastAPI reads the endpoints' annotations at runtime,
# and the dependency aliases are local to create_app.

import threading
from collections.abc import Callable
from typing import Annotated, Any, Literal

import orjson
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import Connection, Engine, select

from . import auth
from . import sync as service
from .db import users

MAX_BODY = 8 * 1024 * 1024  # a push batch of 500 full rows is well under 1 MB


class Login(BaseModel):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class Op(BaseModel):
    op_id: str = Field(min_length=1, max_length=64)
    table: str = Field(min_length=1, max_length=64)
    row_id: str = Field(min_length=1, max_length=64)
    op: Literal["insert", "update", "delete"]
    fields: dict[str, Any]
    base: dict[str, Any] = Field(default_factory=dict)
    base_seq: int | None = None
    hlc: str = Field(pattern=r"^\d{13}-[0-9a-f]{4}-[^-]+$")


class Push(BaseModel):
    schema_version: int
    ops: list[Op] = Field(max_length=1000)


def create_app(engine: Engine) -> FastAPI:
    # max_body_size: a 413 for a larger body, whether it states its length or streams in.
    app = FastAPI(title="desktop-crm server", version="1", max_body_size=MAX_BODY)
    limiter = auth.LoginLimiter()
    turns = threading.Semaphore(1)

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

    @app.get("/v1/health")
    def health() -> dict[str, Any]:
        return {"ok": True, "schema_version": service.SCHEMA_VERSION}

    @app.post("/v1/auth/login")
    def login(body: Login, request: Request) -> dict[str, Any]:
        keys = (f"user:{body.username}", f"ip:{request.client.host if request.client else '?'}")
        if limiter.blocked(*keys):
            raise HTTPException(429, "too many failed logins; wait a minute")
        with engine.begin() as conn:
            user = conn.execute(select(users).where(users.c.username == body.username)).mappings().first()
            if (
                user is None
                or not user["active"]
                or not auth.check_password(user["password_hash"], body.password)
            ):
                limiter.failed(*keys)
                raise HTTPException(401, "wrong user name or password, or the user is disabled")
            token, expires = auth.issue_token(conn, user["id"])
        return {"token": token, "expires_at": expires.isoformat(), "user": _public(user)}

    @app.post("/v1/auth/logout")
    def logout(token: Token) -> dict[str, bool]:
        with engine.begin() as conn:
            user_of(token)(conn)
            auth.revoke(conn, token)
        return {"ok": True}

    @app.post("/v1/sync/push")
    def push(body: Push, token: Token) -> Any:
        check_version(body.schema_version)
        ops = [op.model_dump() for op in body.ops]
        # Pushes take turns at the counter row anyway: waiting here rather than in the
        # database leaves this process's CPU to the push that holds the row.
        with turns:
            results = service.commit_push(engine, user_of(token), ops)
        return _json({"results": results})

    @app.get("/v1/sync/pull")
    def pull(token: Token, since: Annotated[int, Query(ge=0)] = 0,
             limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
             schema_version: Annotated[int, Query()] = service.SCHEMA_VERSION) -> Any:  # fmt: skip
        check_version(schema_version)
        with engine.begin() as conn:
            page = service.pull(conn, user_of(token)(conn), since=since, limit=limit)
        # Row images are plain JSON: encoded as they are, a page of 5,000 rows takes 30 ms,
        # where FastAPI's jsonable_encoder pass would take 200.
        return _json(page)

    return app


def app_from_environment() -> FastAPI:
    """The app of one of several server processes (``desktop-crm-server --workers N``)."""
    import os

    from .db import make_engine

    return create_app(make_engine(os.environ["DESKTOP_CRM_SERVER_DB"]))


def _unauthorized() -> HTTPException:
    return HTTPException(401, "a valid bearer token is needed", headers={"WWW-Authenticate": "Bearer"})


def _json(content: Any) -> Response:
    """Plain JSON already, so no jsonable_encoder pass; orjson writes it ten times faster than
    the json module (a page of 5,000 rows: a few milliseconds)."""
    return Response(orjson.dumps(content), media_type="application/json")


def _public(user: Any) -> dict[str, Any]:
    return {k: user[k] for k in ("id", "username", "display_name", "role", "territory_id")}
