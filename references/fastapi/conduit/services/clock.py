from datetime import UTC, datetime


def utc_now() -> datetime:
    """Now in UTC as a naive datetime with microseconds: every database keeps it as it is."""
    return datetime.now(UTC).replace(tzinfo=None)
