"""Domain errors and Django's own failures, as the contract's JSON error bodies."""

from django.http import HttpRequest, JsonResponse

from conduit.services.errors import DomainError, Forbidden, InvalidInput, NotFound, Unauthenticated

_STATUS: dict[type[DomainError], int] = {
    InvalidInput: 422,
    Unauthenticated: 401,
    Forbidden: 403,
    NotFound: 404,
}


def error_body(fields: dict[str, list[str]]) -> dict:
    # GenericErrorModel: {"errors": {"<field>": ["<message>", ...]}}
    return {"errors": fields}


def error_response(error: DomainError) -> JsonResponse:
    status = next((code for kind, code in _STATUS.items() if isinstance(error, kind)), 422)
    return JsonResponse(error_body(error.fields or {"body": [str(error)]}), status=status)


def not_found(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    """handler404: a path that no route matches."""
    return JsonResponse(error_body({"body": ["not found"]}), status=404)


def server_error(request: HttpRequest) -> JsonResponse:
    """handler500: an unexpected failure (Django has already logged it)."""
    return JsonResponse(error_body({"body": ["internal server error"]}), status=500)
