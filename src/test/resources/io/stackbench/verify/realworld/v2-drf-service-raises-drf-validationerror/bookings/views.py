from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from bookings import services


class BookingInput(serializers.Serializer):
    employee = serializers.CharField(max_length=80)
    day = serializers.DateField()


class DeskBookingView(APIView):
    def post(self, request, desk_id: int):
        data = BookingInput(data=request.data)
        data.is_valid(raise_exception=True)
        booking = services.book_desk(desk_id=desk_id, **data.validated_data)
        return Response({"id": booking.id, "desk": booking.desk.label, "day": booking.day}, status=status.HTTP_201_CREATED)
