"""Maps domain errors and Flask's own HTTP errors to JSON responses."""

from flask import Flask
from werkzeug.exceptions import HTTPException

from conduit.services.errors import (
    AuthenticationError,
    DomainError,
    NotFound,
    PermissionDenied,
    ValidationError,
)

_STATUS = {
    ValidationError: 422,
    AuthenticationError: 401,
    PermissionDenied: 403,
    NotFound: 404,
}


def error_body(*messages: str) -> dict:
    # The contract's GenericErrorModel: {"errors": {"body": [...]}}.
    return {"errors": {"body": list(messages)}}


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(DomainError)
    def domain_error(error: DomainError):
        return error_body(*error.messages), _STATUS.get(type(error), 422)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        return error_body(error.description or error.name), error.code
