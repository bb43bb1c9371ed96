"""Domain failures. The web layer decides which status code each one becomes."""


class DomainError(Exception):
    def __init__(self, *messages: str):
        super().__init__(*messages)
        self.messages = list(messages) or [type(self).__name__]


class ValidationError(DomainError):
    """The input is missing, blank, malformed or clashes with existing data."""


class AuthenticationError(DomainError):
    """No valid credentials: missing, malformed, forged or expired token, or a wrong password."""


class PermissionDenied(DomainError):
    """The caller is authenticated but may not change this resource."""


class NotFound(DomainError):
    """The addressed resource does not exist."""
