from django.urls import path

from articles.views import ArticleDetailApi, ArticleListApi, TagListApi

urlpatterns = [
    path("", ArticleListApi.as_view(), name="article-list"),
    path("tags", TagListApi.as_view(), name="tag-list"),
    path("<slug:slug>", ArticleDetailApi.as_view(), name="article-detail"),
]
