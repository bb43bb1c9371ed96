from rest_framework import status
from rest_framework.permissions import IsAuthenticatedOrReadOnly
from rest_framework.response import Response
from rest_framework.views import APIView

from articles import services


def _serialize(article) -> dict:
    return {
        "slug": article.slug, "title": article.title, "description": article.description, "body": article.body,
        "tagList": [t.name for t in article.tags.all()], "createdAt": article.created_at,
        "updatedAt": article.updated_at, "author": {"username": article.author.username},
    }


class ArticleListApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]

    def get(self, request):
        articles, count = services.list_articles(
            tag=request.query_params.get("tag"), author=request.query_params.get("author"),
            limit=int(request.query_params.get("limit", 20)), offset=int(request.query_params.get("offset", 0)))
        return Response({"articles": [_serialize(a) for a in articles], "articlesCount": count})

    def post(self, request):
        data = request.data.get("article", {})
        article = services.create_article(author_id=request.user.id, title=data["title"],
                                          description=data.get("description", ""), body=data["body"],
                                          tags=data.get("tagList"))
        return Response({"article": _serialize(article)}, status=status.HTTP_201_CREATED)


class ArticleDetailApi(APIView):
    def get(self, request, slug: str):
        try:
            article = services.get_article(slug)
        except services.ArticleNotFound:
            return Response({"errors": {"article": ["not found"]}}, status=status.HTTP_404_NOT_FOUND)
        return Response({"article": _serialize(article)})


class TagListApi(APIView):
    def get(self, request):
        return Response({"tags": services.list_tags()})
