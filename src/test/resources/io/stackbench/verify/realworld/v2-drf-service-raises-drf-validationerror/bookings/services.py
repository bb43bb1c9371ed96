from datetime import date

from rest_framework.exceptions import NotFound, ValidationError

from bookings import repositories


def book_desk(*, desk_id: int, employee: str, day: date):
    desk = repositories.desk_by_id(desk_id)
    if desk is None:
        raise NotFound("Desk does not exist.")
    if day < date.today():
        raise ValidationError({"day": "Cannot book a day in the past."})
    if repositories.is_taken(desk_id, day):
        raise ValidationError({"desk": "Desk is already booked that day."})
    if repositories.bookings_of(employee, day) > 0:
        raise ValidationError({"employee": "You already have a desk that day."})
    return repositories.create(desk, employee, day)
