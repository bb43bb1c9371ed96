"""Class-based views: parse the request, call a use case, serialise its result."""
