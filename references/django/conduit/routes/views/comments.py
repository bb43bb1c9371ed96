from django.http import HttpRequest, JsonResponse
from django.views import View

from conduit.routes import serializers
from conduit.routes.auth import auth_optional, auth_required, caller_id, viewer_id
from conduit.routes.context import services
from conduit.routes.parsing import wrapped_object


class CommentListView(View):
    @auth_optional
    def get(self, request: HttpRequest, slug: str) -> JsonResponse:
        return JsonResponse(serializers.comments(services().comments.of_article(slug, viewer_id(request))))

    @auth_required
    def post(self, request: HttpRequest, slug: str) -> JsonResponse:
        comment = services().comments.add(slug, caller_id(request), wrapped_object(request, "comment"))
        return JsonResponse(serializers.comment(comment))


class CommentView(View):
    @auth_required
    def delete(self, request: HttpRequest, slug: str, comment_id: int) -> JsonResponse:
        services().comments.delete(slug, comment_id, caller_id(request))
        return JsonResponse({})
