from datetime import datetime, timezone


class User:
    def __init__(self, username: str, email: str, password_hash: str, bio: str = "", image: str | None = None):
        self.id: int | None = None
        self.username = username
        self.email = email
        self.password_hash = password_hash
        self.bio = bio
        self.image = image


class Article:
    def __init__(self, slug: str, title: str, description: str, body: str, author_id: int):
        self.id: int | None = None
        self.slug = slug
        self.title = title
        self.description = description
        self.body = body
        self.author_id = author_id
        self.created_at = datetime.now(timezone.utc)

    def update(self, *, title: str | None = None, body: str | None = None) -> None:
        if title:
            self.title = title
        if body:
            self.body = body
