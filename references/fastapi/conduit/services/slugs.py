import re
import secrets
import unicodedata

_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")
_MAX_LENGTH = 100


def slugify(title: str) -> str:
    """Lower-case ASCII words joined by hyphens: 'How to Train Your Dragon!' -> 'how-to-train-your-dragon'."""
    ascii_only = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_ALPHANUMERIC.sub("-", ascii_only.lower()).strip("-")
    return slug[:_MAX_LENGTH].rstrip("-") or "article"


def disambiguated(slug: str) -> str:
    """The slug with a random suffix, for a title that another article already uses."""
    return f"{slug}-{secrets.token_hex(3)}"
