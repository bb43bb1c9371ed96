from sqlalchemy import select

from library.extensions import db
from library.models.book import Book


def get_book(book_id: int) -> Book | None:
    return db.session.get(Book, book_id)


def search_books(term: str | None, page: int, per_page: int) -> list[Book]:
    stmt = select(Book).order_by(Book.title)
    if term:
        stmt = stmt.where(Book.title.ilike(f"%{term}%"))
    return list(db.session.scalars(stmt.limit(per_page).offset((page - 1) * per_page)))
