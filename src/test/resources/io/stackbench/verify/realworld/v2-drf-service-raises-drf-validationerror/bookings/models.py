from django.db import models


class Desk(models.Model):
    label = models.CharField(max_length=10, unique=True)
    floor = models.PositiveSmallIntegerField()


class Booking(models.Model):
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="bookings")
    employee = models.CharField(max_length=80)
    day = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["desk", "day"], name="one_booking_per_desk_per_day")]
