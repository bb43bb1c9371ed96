import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

DATABASE_URL = os.environ.get(
    "EXPENSES_DATABASE_URL",
    "postgresql+psycopg2://expenses:expenses@localhost:5432/expenses",
)

engine = create_engine(DATABASE_URL, pool_size=5, max_overflow=5)
Session = sessionmaker(bind=engine, expire_on_commit=False)
