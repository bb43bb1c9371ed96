from datetime import date
from decimal import Decimal

import falcon

from expenses import service
from expenses.db import Session
from expenses.repository import ClaimRepository


class ClaimsResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response, employee: str) -> None:
        with Session() as session:
            claims = ClaimRepository(session).for_employee(employee)
        resp.media = [{"id": c.id, "amount": str(c.amount), "category": c.category} for c in claims]

    def on_post(self, req: falcon.Request, resp: falcon.Response, employee: str) -> None:
        body = req.get_media()
        with Session() as session:
            try:
                claim = service.submit_claim(
                    ClaimRepository(session), employee, body["category"],
                    Decimal(body["amount"]), date.fromisoformat(body["spent_on"]),
                )
            except service.OverLimit as exc:
                raise falcon.HTTPUnprocessableEntity(description=str(exc))
        resp.status = falcon.HTTP_201
        resp.media = {"id": claim.id}
