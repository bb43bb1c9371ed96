from flask.views import MethodView
from flask_smorest import Blueprint, abort

from library.resources.schemas import LoanRequestSchema, LoanSchema
from library.services.loan_service import BookNotFound, NoCopiesLeft, lend_book

blp = Blueprint("loans", __name__, url_prefix="/loans", description="Lending desk")


@blp.route("/")
class LoanCollection(MethodView):
    @blp.arguments(LoanRequestSchema)
    @blp.response(201, LoanSchema)
    def post(self, payload):
        try:
            return lend_book(payload["book_id"], payload["member_card"])
        except BookNotFound:
            abort(404, message="No such book")
        except NoCopiesLeft as exc:
            abort(409, message=f"All copies of {exc} are out")
