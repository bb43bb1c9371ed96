import re
import secrets
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(title: str) -> str:
    """`"How to train your dragon?"` -> `"how-to-train-your-dragon"`."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", plain.lower()).strip("-") or "article"


def disambiguated(slug: str) -> str:
    # Titles need not be unique but slugs must: a random suffix settles a clash in one step.
    return f"{slug}-{secrets.token_hex(4)}"
