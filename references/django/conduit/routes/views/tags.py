from django.http import HttpRequest, JsonResponse
from django.views import View

from conduit.routes.context import services


class TagListView(View):
    def get(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse({"tags": services().tags.in_use()})
