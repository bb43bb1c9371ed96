"""Domain errors. Which HTTP status each one becomes is the web layer's decision."""


class DomainError(Exception):
    """Carries messages per field ("body" when no field is to blame)."""

    def __init__(self, message: str | None = None, *, fields: dict[str, list[str]] | None = None):
        self.fields = dict(fields or {})
        if message is not None:
            self.fields.setdefault("body", []).append(message)
        super().__init__("; ".join(f"{name} {m}" for name, ms in self.fields.items() for m in ms))


class InvalidInput(DomainError):
    """The request's data breaks a rule (missing field, name taken, bad paging value)."""


class Unauthenticated(DomainError):
    """No valid credentials: no token, a bad token, or a wrong password."""


class Forbidden(DomainError):
    """The caller is known but may not change this resource."""


class NotFound(DomainError):
    """The named article, profile or comment does not exist."""
