from datetime import date

from sqlalchemy import func, select

from library.extensions import db
from library.models.loan import Loan


def open_loans_for_book(book_id: int) -> int:
    stmt = select(func.count(Loan.id)).where(Loan.book_id == book_id, Loan.returned_on.is_(None))
    return db.session.scalar(stmt) or 0


def add_loan(book_id: int, member_card: str, due_on: date) -> Loan:
    loan = Loan(book_id=book_id, member_card=member_card, due_on=due_on)
    db.session.add(loan)
    db.session.commit()
    return loan
