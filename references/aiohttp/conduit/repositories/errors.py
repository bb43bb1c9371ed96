class Conflict(Exception):
    """A write broke a uniqueness rule, e.g. two requests registering the same name at once.
    The transaction has been rolled back when this is raised."""
