class DuplicateEntry(Exception):
    """A write broke a uniqueness rule, e.g. two requests took the same username at once.
    The transaction has been rolled back when this is raised."""
