"""The contract's JSON shapes, built from the services' results."""

from datetime import datetime

from conduit.services.results import (
    AccountResult,
    ArticleListResult,
    ArticleResult,
    CommentResult,
    ProfileResult,
)


def timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, e.g. 2024-05-01T12:00:00.123Z (stored values are UTC)."""
    return moment.isoformat(timespec="milliseconds") + "Z"


def user(account: AccountResult) -> dict:
    return {
        "user": {
            "email": account.email,
            "token": account.token,
            "username": account.username,
            "bio": account.bio,
            "image": account.image,
        }
    }


def _profile(profile: ProfileResult) -> dict:
    return {
        "username": profile.username,
        "bio": profile.bio,
        "image": profile.image,
        "following": profile.following,
    }


def profile(result: ProfileResult) -> dict:
    return {"profile": _profile(result)}


def _article(result: ArticleResult) -> dict:
    return {
        "slug": result.slug,
        "title": result.title,
        "description": result.description,
        "body": result.body,
        "tagList": list(result.tags),
        "createdAt": timestamp(result.created_at),
        "updatedAt": timestamp(result.updated_at),
        "favorited": result.favorited,
        "favoritesCount": result.favorites_count,
        "author": _profile(result.author),
    }


def article(result: ArticleResult) -> dict:
    return {"article": _article(result)}


def articles(result: ArticleListResult) -> dict:
    return {"articles": [_article(a) for a in result.articles], "articlesCount": result.total}


def _comment(result: CommentResult) -> dict:
    return {
        "id": result.id,
        "body": result.body,
        "createdAt": timestamp(result.created_at),
        "updatedAt": timestamp(result.updated_at),
        "author": _profile(result.author),
    }


def comment(result: CommentResult) -> dict:
    return {"comment": _comment(result)}


def comments(results: list[CommentResult]) -> dict:
    return {"comments": [_comment(c) for c in results]}
