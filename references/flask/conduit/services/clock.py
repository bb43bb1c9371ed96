from datetime import datetime, timezone


def utcnow() -> datetime:
    # Stored naive (in UTC) so that every database keeps the same sub-second value.
    return datetime.now(timezone.utc).replace(tzinfo=None)
