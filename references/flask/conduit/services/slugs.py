import re
import secrets
import unicodedata


def slugify(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug or "article"


def with_suffix(slug: str) -> str:
    # Titles are not unique, slugs are: a random suffix avoids a query loop on collisions.
    return f"{slug}-{secrets.token_hex(4)}"
