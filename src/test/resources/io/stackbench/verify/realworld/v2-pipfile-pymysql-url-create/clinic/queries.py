from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from clinic.database import Session
from clinic.models import Appointment


def appointments_for_day(day: datetime) -> list[Appointment]:
    start = day.replace(hour=0, minute=0, second=0, microsecond=0)
    with Session() as session:
        stmt = (
            select(Appointment)
            .options(joinedload(Appointment.vet))
            .where(Appointment.starts_at >= start, Appointment.starts_at < start + timedelta(days=1))
            .order_by(Appointment.starts_at)
        )
        return list(session.scalars(stmt))
