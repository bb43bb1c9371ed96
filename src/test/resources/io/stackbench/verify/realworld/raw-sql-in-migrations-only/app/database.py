import os

from sqlalchemy import create_engine
from sqlalchemy.orm import scoped_session, sessionmaker

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://conduit:conduit@localhost:5432/conduit")

engine = create_engine(DATABASE_URL)
Session = scoped_session(sessionmaker(bind=engine))
