"""Turns domain errors and FastAPI's own errors into the contract's error bodies."""

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from conduit.services.errors import DomainError, Forbidden, InvalidInput, NotFound, Unauthenticated

_STATUS: dict[type[DomainError], int] = {
    InvalidInput: status.HTTP_422_UNPROCESSABLE_CONTENT,
    Unauthenticated: status.HTTP_401_UNAUTHORIZED,
    Forbidden: status.HTTP_403_FORBIDDEN,
    NotFound: status.HTTP_404_NOT_FOUND,
}

# Where a failed check happened says nothing to the client; the field path does.
_LOCATIONS = {"body", "query", "path", "header", "cookie"}


def error_response(status_code: int, messages: list[str], headers: Mapping[str, str] | None = None) -> JSONResponse:
    # The contract's GenericErrorModel: {"errors": {"body": ["..."]}}.
    if status_code == status.HTTP_401_UNAUTHORIZED:
        headers = {**(headers or {}), "WWW-Authenticate": "Token"}
    return JSONResponse({"errors": {"body": messages}}, status_code=status_code, headers=headers)


def _describe(error: dict[str, Any]) -> str:
    if error.get("type") == "json_invalid":
        return "the request body is not valid JSON"
    field = ".".join(str(part) for part in error.get("loc", ()) if part not in _LOCATIONS)
    return f"{field}: {error['msg']}" if field else str(error["msg"])


async def _domain_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    status_code = _STATUS.get(type(exc), status.HTTP_422_UNPROCESSABLE_CONTENT)
    return error_response(status_code, exc.messages or [type(exc).__name__])


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(status.HTTP_422_UNPROCESSABLE_CONTENT, [_describe(e) for e in exc.errors()])


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    return error_response(exc.status_code, [str(exc.detail)], exc.headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
