class Conflict(Exception):
    """A write broke a uniqueness rule, typically because a concurrent request got there first.
    The session has been rolled back when this is raised."""
