from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from library.extensions import db


class Loan(db.Model):
    __tablename__ = "loans"

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("books.id"))
    member_card: Mapped[str] = mapped_column(String(20), index=True)
    due_on: Mapped[date]
    returned_on: Mapped[date | None]
    book: Mapped["Book"] = relationship(back_populates="loans")
