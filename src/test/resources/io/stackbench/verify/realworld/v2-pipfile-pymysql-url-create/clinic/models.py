from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Vet(Base):
    __tablename__ = "vets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class Appointment(Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    vet_id: Mapped[int] = mapped_column(ForeignKey("vets.id"))
    pet_name: Mapped[str] = mapped_column(String(60))
    starts_at: Mapped[datetime]
    vet: Mapped[Vet] = relationship()
