from django.http import HttpRequest, JsonResponse
from django.views import View

from conduit.routes import serializers
from conduit.routes.auth import auth_optional, auth_required, caller_id, viewer_id
from conduit.routes.context import services
from conduit.routes.parsing import query_int, query_text, wrapped_object


class ArticleListView(View):
    @auth_optional
    def get(self, request: HttpRequest) -> JsonResponse:
        result = services().articles.search(
            viewer_id(request),
            tag=query_text(request, "tag"),
            author=query_text(request, "author"),
            favorited=query_text(request, "favorited"),
            limit=query_int(request, "limit"),
            offset=query_int(request, "offset"),
        )
        return JsonResponse(serializers.articles(result))

    @auth_required
    def post(self, request: HttpRequest) -> JsonResponse:
        article = services().articles.create(caller_id(request), wrapped_object(request, "article"))
        return JsonResponse(serializers.article(article), status=201)


class FeedView(View):
    @auth_required
    def get(self, request: HttpRequest) -> JsonResponse:
        result = services().articles.feed(
            caller_id(request), limit=query_int(request, "limit"), offset=query_int(request, "offset")
        )
        return JsonResponse(serializers.articles(result))


class ArticleView(View):
    @auth_optional
    def get(self, request: HttpRequest, slug: str) -> JsonResponse:
        return JsonResponse(serializers.article(services().articles.get(slug, viewer_id(request))))

    @auth_required
    def put(self, request: HttpRequest, slug: str) -> JsonResponse:
        article = services().articles.update(slug, caller_id(request), wrapped_object(request, "article"))
        return JsonResponse(serializers.article(article))

    @auth_required
    def delete(self, request: HttpRequest, slug: str) -> JsonResponse:
        services().articles.delete(slug, caller_id(request))
        return JsonResponse({})


class FavoriteView(View):
    @auth_required
    def post(self, request: HttpRequest, slug: str) -> JsonResponse:
        return JsonResponse(serializers.article(services().articles.favorite(slug, caller_id(request))))

    @auth_required
    def delete(self, request: HttpRequest, slug: str) -> JsonResponse:
        return JsonResponse(serializers.article(services().articles.unfavorite(slug, caller_id(request))))
