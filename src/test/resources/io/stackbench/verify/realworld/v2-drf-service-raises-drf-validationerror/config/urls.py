from django.urls import path

from bookings import views

urlpatterns = [
    path("api/desks/<int:desk_id>/bookings/", views.DeskBookingView.as_view()),
]
