"""What can go wrong in a use case, independent of HTTP; the routes map each kind to a status."""


class DomainError(Exception):
    def __init__(self, *messages: str):
        super().__init__(*messages)
        self.messages = list(messages)


class InvalidInput(DomainError):
    """The request breaks a rule about its own content (blank field, name already taken)."""


class Unauthenticated(DomainError):
    """No caller could be established: no token, a bad token, or bad credentials."""


class Forbidden(DomainError):
    """The caller is known but may not change this resource."""


class NotFound(DomainError):
    """The resource named by the request does not exist."""
