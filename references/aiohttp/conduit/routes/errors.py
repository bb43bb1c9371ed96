"""Maps domain errors, and aiohttp's own HTTP errors, to JSON error bodies."""

import logging
from collections.abc import Callable

from aiohttp import web

from conduit.services.errors import AuthenticationError, DomainError, NotFound, PermissionDenied, ValidationError

_log = logging.getLogger(__name__)

_STATUS: dict[type[DomainError], int] = {
    ValidationError: 422,
    AuthenticationError: 401,
    PermissionDenied: 403,
    NotFound: 404,
}


def error_response(status: int, *messages: str, headers: dict[str, str] | None = None) -> web.Response:
    # The contract's GenericErrorModel: {"errors": {"body": [...]}}.
    return web.json_response({"errors": {"body": list(messages)}}, status=status, headers=headers)


@web.middleware
async def error_mapping(request: web.Request, handler: Callable) -> web.StreamResponse:
    try:
        return await handler(request)
    except DomainError as error:
        return error_response(_STATUS.get(type(error), 422), *error.messages)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        # Unknown path (404), wrong method (405, keeping its Allow header), oversized body...
        allow = error.headers.get("Allow")
        return error_response(error.status, error.reason, headers={"Allow": allow} if allow else None)
    except Exception:
        _log.exception("unhandled error in %s %s", request.method, request.path)
        return error_response(500, "internal server error")
