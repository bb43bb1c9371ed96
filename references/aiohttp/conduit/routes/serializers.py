"""Turns the services' views into the contract's JSON shapes."""

from datetime import datetime
from typing import Any

from conduit.services.views import ArticlePage, ArticleView, CommentView, ProfileView, UserView

Json = dict[str, Any]


def timestamp(moment: datetime) -> str:
    # Stored as naive UTC; clients get ISO 8601 with milliseconds and a Z.
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


def user(view: UserView) -> Json:
    return {
        "user": {
            "email": view.email,
            "token": view.token,
            "username": view.username,
            "bio": view.bio,
            "image": view.image,
        }
    }


def _profile(view: ProfileView) -> Json:
    return {"username": view.username, "bio": view.bio, "image": view.image, "following": view.following}


def profile(view: ProfileView) -> Json:
    return {"profile": _profile(view)}


def _article(view: ArticleView) -> Json:
    return {
        "slug": view.slug,
        "title": view.title,
        "description": view.description,
        "body": view.body,
        "tagList": view.tag_list,
        "createdAt": timestamp(view.created_at),
        "updatedAt": timestamp(view.updated_at),
        "favorited": view.favorited,
        "favoritesCount": view.favorites_count,
        "author": _profile(view.author),
    }


def article(view: ArticleView) -> Json:
    return {"article": _article(view)}


def articles(page: ArticlePage) -> Json:
    return {"articles": [_article(a) for a in page.articles], "articlesCount": page.count}


def _comment(view: CommentView) -> Json:
    return {
        "id": view.id,
        "body": view.body,
        "createdAt": timestamp(view.created_at),
        "updatedAt": timestamp(view.updated_at),
        "author": _profile(view.author),
    }


def comment(view: CommentView) -> Json:
    return {"comment": _comment(view)}


def comments(views: list[CommentView]) -> Json:
    return {"comments": [_comment(c) for c in views]}
