from library.dal import book_dal


def browse(term: str | None = None, page: int = 1, per_page: int = 25):
    per_page = max(1, min(per_page, 100))
    return book_dal.search_books(term, page, per_page)
