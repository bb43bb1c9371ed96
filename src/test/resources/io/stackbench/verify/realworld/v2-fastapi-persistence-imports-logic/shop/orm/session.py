import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.getenv("SHOP_DB_URL", "sqlite:///./shop.db"), connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine, autoflush=False)
