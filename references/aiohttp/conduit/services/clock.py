from datetime import datetime, timezone


def utcnow() -> datetime:
    # Naive UTC with microseconds: every database keeps the same sub-second value.
    return datetime.now(timezone.utc).replace(tzinfo=None)
