import os

DATABASE_URL = os.getenv("DATABASE_URL", "postgresql+asyncpg://conduit:conduit@localhost:5432/conduit")
PORT = int(os.getenv("PORT", "8080"))
