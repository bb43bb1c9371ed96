"""The rules about field values that hold whatever the client is (HTTP or not)."""

from collections.abc import Iterable

from conduit.services.errors import InvalidInput


def require_text(**fields: object) -> dict[str, str]:
    """Every given field must be a string with something other than whitespace in it."""
    texts = {name: value for name, value in fields.items() if isinstance(value, str) and value.strip()}
    blank = [name for name in fields if name not in texts]
    if blank:
        raise InvalidInput(*(f"{name} can't be blank" for name in blank))
    return texts


def tag_names(raw: Iterable[str] | None) -> list[str]:
    """Trimmed, without blanks and duplicates, in the order given."""
    names = (name.strip() for name in raw or ())
    return list(dict.fromkeys(name for name in names if name))
