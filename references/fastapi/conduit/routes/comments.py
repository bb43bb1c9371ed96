from fastapi import APIRouter, Response, status

from conduit.routes.dependencies import CurrentUserId, OptionalUserId, ServicesDep
from conduit.routes.schemas import CommentListResponse, CommentOut, CommentResponse, NewCommentRequest

router = APIRouter(prefix="/articles/{slug}/comments", tags=["Comments"])


@router.get("")
def list_comments(slug: str, viewer_id: OptionalUserId, services: ServicesDep) -> CommentListResponse:
    comments = services.comments.of_article(slug, viewer_id)
    return CommentListResponse(comments=[CommentOut.model_validate(comment) for comment in comments])


@router.post("")
def add_comment(
    slug: str, payload: NewCommentRequest, user_id: CurrentUserId, services: ServicesDep
) -> CommentResponse:
    comment = services.comments.add(slug, user_id, body=payload.comment.body)
    return CommentResponse(comment=CommentOut.model_validate(comment))


@router.delete("/{comment_id}")
def delete_comment(slug: str, comment_id: int, user_id: CurrentUserId, services: ServicesDep) -> Response:
    services.comments.delete(slug, comment_id, user_id)
    return Response(status_code=status.HTTP_200_OK)
