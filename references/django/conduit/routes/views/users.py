from django.http import HttpRequest, JsonResponse
from django.views import View

from conduit.routes import serializers
from conduit.routes.auth import auth_required, caller_id
from conduit.routes.context import services
from conduit.routes.parsing import wrapped_object


class RegistrationView(View):
    def post(self, request: HttpRequest) -> JsonResponse:
        account = services().users.register(wrapped_object(request, "user"))
        return JsonResponse(serializers.user(account), status=201)


class LoginView(View):
    def post(self, request: HttpRequest) -> JsonResponse:
        account = services().users.login(wrapped_object(request, "user"))
        return JsonResponse(serializers.user(account))


class CurrentUserView(View):
    @auth_required
    def get(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse(serializers.user(services().users.current(caller_id(request))))

    @auth_required
    def put(self, request: HttpRequest) -> JsonResponse:
        account = services().users.update(caller_id(request), wrapped_object(request, "user"))
        return JsonResponse(serializers.user(account))
