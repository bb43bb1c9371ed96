import falcon

from expenses.resources import ClaimsResource

app = falcon.App()
app.add_route("/employees/{employee}/claims", ClaimsResource())
