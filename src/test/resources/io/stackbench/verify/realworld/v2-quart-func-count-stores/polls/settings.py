import os

DATABASE_URL = os.getenv("POLLS_DATABASE_URL", "sqlite+aiosqlite:///./polls.sqlite3")
MAX_OPTIONS = int(os.getenv("POLLS_MAX_OPTIONS", "8"))
