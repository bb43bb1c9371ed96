from django.urls import path

from users.views import ProfileDetailApi

urlpatterns = [
    path("<str:username>", ProfileDetailApi.as_view(), name="profile-detail"),
]
