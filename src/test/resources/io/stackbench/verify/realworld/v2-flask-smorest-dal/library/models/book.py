from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from library.extensions import db


class Book(db.Model):
    __tablename__ = "books"

    id: Mapped[int] = mapped_column(primary_key=True)
    isbn: Mapped[str] = mapped_column(String(13), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    author: Mapped[str] = mapped_column(String(200))
    copies: Mapped[int] = mapped_column(default=1)
    loans: Mapped[list["Loan"]] = relationship(back_populates="book")
