from datetime import date, timedelta

from library.dal import book_dal, loan_dal

LOAN_PERIOD = timedelta(days=21)


class BookNotFound(Exception):
    pass


class NoCopiesLeft(Exception):
    pass


def lend_book(book_id: int, member_card: str, today: date | None = None):
    book = book_dal.get_book(book_id)
    if book is None:
        raise BookNotFound(book_id)
    if loan_dal.open_loans_for_book(book_id) >= book.copies:
        raise NoCopiesLeft(book.title)
    return loan_dal.add_loan(book_id, member_card, (today or date.today()) + LOAN_PERIOD)
