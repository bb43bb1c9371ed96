from marshmallow import Schema, fields


class BookSchema(Schema):
    id = fields.Int(dump_only=True)
    isbn = fields.Str()
    title = fields.Str()
    author = fields.Str()


class BookQuerySchema(Schema):
    q = fields.Str(load_default=None)
    page = fields.Int(load_default=1)


class LoanRequestSchema(Schema):
    book_id = fields.Int(required=True)
    member_card = fields.Str(required=True)


class LoanSchema(Schema):
    id = fields.Int()
    book_id = fields.Int()
    due_on = fields.Date()
