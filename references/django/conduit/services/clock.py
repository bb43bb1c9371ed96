from datetime import datetime, timezone


def now() -> datetime:
    """The current UTC time without a zone: every database then keeps the microseconds as given."""
    return datetime.now(timezone.utc).replace(tzinfo=None)
