"""Checks of the fields that clients send inside a request's wrapper object."""

from typing import Any

from conduit.services.errors import ValidationError


def required_fields(data: dict[str, Any], *fields: str) -> dict[str, str]:
    values, problems = {}, []
    for field in fields:
        value = data.get(field)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{field} can't be blank")
        else:
            values[field] = value
    if problems:
        raise ValidationError(*problems)
    return values


def optional_fields(data: dict[str, Any], *fields: str, nullable: tuple[str, ...] = ()) -> dict[str, str | None]:
    """Returns only the fields present; non-nullable ones must then be non-blank strings."""
    values, problems = {}, []
    for field in fields:
        if field not in data:
            continue
        value = data[field]
        if value is None and field in nullable:
            values[field] = None
        elif not isinstance(value, str):
            problems.append(f"{field} must be a string")
        elif field not in nullable and not value.strip():
            problems.append(f"{field} can't be blank")
        else:
            values[field] = value
    if problems:
        raise ValidationError(*problems)
    return values


def tag_names(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise ValidationError("tagList must be an array of strings")
    names = [t.strip() for t in value if t.strip()]
    return list(dict.fromkeys(names))
