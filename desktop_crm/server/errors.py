"""The server's refusals (DESIGN.md 7): a malformed request is a 422 that says where, never a 500,
and the OpenAPI document lists what each endpoint can answer besides 200."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

# What FastAPI answers when the body is not JSON it could parse (raised from the parser's error).
_UNPARSED = "There was an error parsing the body"


class Refusal(BaseModel):
    detail: Any


Responses = dict[int | str, dict[str, Any]]  # FastAPI's ``responses=``


def _doc(status: int, description: str) -> Responses:
    return {status: {"model": Refusal, "description": description}}


UNAUTHORIZED = _doc(401, "No valid bearer token")
TOO_LARGE = _doc(413, "The body is over the size limit")
INVALID = _doc(422, "The request does not fit the schema; the detail says where")
TOO_OLD = _doc(426, "The client's schema version is too old for this server")
TOO_MANY = _doc(429, "Too many failed logins; wait a minute")


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _refused)


def _printable(part: Any) -> Any:
    """A location part as JSON can carry it: a field name may hold a lone surrogate, which no
    UTF-8 encoder writes (the default handler then fails with a 500)."""
    if isinstance(part, int):
        return part
    return str(part).encode("utf-8", "backslashreplace").decode("utf-8")[:100]


async def _invalid(_request: Request, exc: Exception) -> Response:
    # Without the input FastAPI echoes by default: it may be megabytes, or not encodable at all.
    assert isinstance(exc, RequestValidationError)
    errors = [{"loc": [_printable(p) for p in e["loc"]], "msg": e["msg"], "type": e["type"]}
              for e in exc.errors()]  # fmt: skip
    return JSONResponse({"detail": errors}, status_code=422)


async def _refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 400 and exc.detail == _UNPARSED:
        cause = exc.__cause__
        if isinstance(cause, RecursionError):
            why = "the JSON body nests too deeply"
        elif isinstance(cause, UnicodeError):
            why = "the body is not UTF-8"
        else:
            why = "the body is not JSON"
        exc = HTTPException(422, why)
    return await http_exception_handler(request, exc)
