from quart import Blueprint, abort, g, request

from polls.usecases.voting import AlreadyVoted, PollClosed, PollMissing

bp = Blueprint("polls", __name__, url_prefix="/polls")


@bp.get("/<int:poll_id>/results")
async def poll_results(poll_id: int):
    try:
        return await g.voting.results(poll_id)
    except PollMissing:
        abort(404)


@bp.post("/<int:poll_id>/votes")
async def vote(poll_id: int):
    body = await request.get_json()
    try:
        await g.voting.cast_vote(poll_id, int(body["option_id"]), request.headers["X-Voter"])
    except PollMissing:
        abort(404)
    except (PollClosed, AlreadyVoted):
        abort(409)
    return {"ok": True}, 201
