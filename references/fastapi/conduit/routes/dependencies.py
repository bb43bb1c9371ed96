"""FastAPI dependencies: the request's database session, its services, and the caller."""

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader

from conduit.services import Services
from conduit.services.errors import Unauthenticated


def get_db_session(request: Request) -> Iterator[Any]:
    """One database session per request, opened from the factory that the composition root
    put on `app.state` and closed (rolling back anything uncommitted) when the path operation
    ends. The routes never use the session themselves: they only hand it to the services
    factory, so they need no database import."""
    with request.app.state.session_factory() as session:
        yield session


DbSession = Annotated[Any, Depends(get_db_session, scope="function")]


def get_services(request: Request, session: DbSession) -> Services:
    return request.app.state.services_factory(session)


ServicesDep = Annotated[Services, Depends(get_services)]

# Documents the scheme in OpenAPI; the value is checked below, not by FastAPI.
authorization_header = APIKeyHeader(
    name="Authorization",
    scheme_name="Token",
    description="`Token <jwt>`, with the token returned by login or registration.",
    auto_error=False,
)

_SCHEMES = {"token", "bearer"}


def _token_from(header: str | None) -> str | None:
    if header is None:
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() not in _SCHEMES or not token.strip():
        raise Unauthenticated("the Authorization header must read 'Token <jwt>'")
    return token.strip()


def get_optional_user_id(
    header: Annotated[str | None, Security(authorization_header)], services: ServicesDep
) -> int | None:
    """The caller's user id, or None for an anonymous request. A token that is sent must be valid."""
    token = _token_from(header)
    return None if token is None else services.users.authenticate(token)


def get_current_user_id(user_id: Annotated[int | None, Depends(get_optional_user_id)]) -> int:
    if user_id is None:
        raise Unauthenticated("authentication required")
    return user_id


CurrentUserId = Annotated[int, Depends(get_current_user_id)]
OptionalUserId = Annotated[int | None, Depends(get_optional_user_id)]
