from django.http import HttpRequest, JsonResponse
from django.views import View

from conduit.routes import serializers
from conduit.routes.auth import auth_optional, auth_required, caller_id, viewer_id
from conduit.routes.context import services


class ProfileView(View):
    @auth_optional
    def get(self, request: HttpRequest, username: str) -> JsonResponse:
        return JsonResponse(serializers.profile(services().profiles.get(username, viewer_id(request))))


class FollowView(View):
    @auth_required
    def post(self, request: HttpRequest, username: str) -> JsonResponse:
        return JsonResponse(serializers.profile(services().profiles.follow(username, caller_id(request))))

    @auth_required
    def delete(self, request: HttpRequest, username: str) -> JsonResponse:
        return JsonResponse(serializers.profile(services().profiles.unfollow(username, caller_id(request))))
