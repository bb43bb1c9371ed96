"""Domain failures; the web layer decides which status code each one becomes."""


class DomainError(Exception):
    def __init__(self, *messages: str):
        super().__init__(*messages)
        self.messages = list(messages) or [self.__class__.__name__]


class ValidationError(DomainError):
    pass


class AuthenticationError(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class NotFound(DomainError):
    pass
