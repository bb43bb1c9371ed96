from datetime import date

from bookings.models import Booking, Desk


def desk_by_id(desk_id: int) -> Desk | None:
    return Desk.objects.filter(pk=desk_id).first()


def is_taken(desk_id: int, day: date) -> bool:
    return Booking.objects.filter(desk_id=desk_id, day=day).exists()


def bookings_of(employee: str, day: date) -> int:
    return Booking.objects.filter(employee=employee, day=day).count()


def create(desk: Desk, employee: str, day: date) -> Booking:
    return Booking.objects.create(desk=desk, employee=employee, day=day)
