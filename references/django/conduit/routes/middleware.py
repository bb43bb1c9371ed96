"""Middleware of the API (see settings.MIDDLEWARE)."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from conduit.routes.auth import Policy, policy_of, presented_token
from conduit.routes.context import services
from conduit.routes.errors import error_response
from conduit.services.errors import DomainError, Unauthenticated


class DomainErrorMiddleware:
    """Turns a domain error raised by a view into its status code and JSON error body."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, DomainError):
            return error_response(exception)
        return None


class TokenAuthenticationMiddleware:
    """Resolves `Authorization: Token <jwt>` into `request.caller_id` (a user id or None),
    following the policy that the matched view declares with @auth_required/@auth_optional.
    A view without a policy never looks at the header."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.caller_id = None
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func: Callable, view_args: tuple, view_kwargs: dict):
        policy = policy_of(view_func, request.method or "GET")
        if policy is None:
            return None
        try:
            token = presented_token(request)
            if token is None:
                if policy is Policy.REQUIRED:
                    raise Unauthenticated("a token is required")
                return None
            request.caller_id = services().users.authenticate(token)
        except DomainError as error:
            # process_view runs outside the view, so process_exception would not see this.
            return error_response(error)
        return None
