from flask.views import MethodView
from flask_smorest import Blueprint

from library.resources.schemas import BookQuerySchema, BookSchema
from library.services import catalog_service

blp = Blueprint("books", __name__, url_prefix="/books", description="Catalogue")


@blp.route("/")
class BookList(MethodView):
    @blp.arguments(BookQuerySchema, location="query")
    @blp.response(200, BookSchema(many=True))
    def get(self, args):
        return catalog_service.browse(args["q"], args["page"])
