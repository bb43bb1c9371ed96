from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker

from stock import settings
from stock.models import Part

engine = create_engine(settings.DB_URL, pool_recycle=3600)
SessionLocal = sessionmaker(bind=engine)


def parts_below_reorder_level() -> list[Part]:
    with SessionLocal() as session:
        return list(session.scalars(select(Part).where(Part.on_hand <= Part.reorder_level).order_by(Part.code)))


def find_part(code: str) -> Part | None:
    with SessionLocal() as session:
        return session.scalar(select(Part).where(Part.code == code))
