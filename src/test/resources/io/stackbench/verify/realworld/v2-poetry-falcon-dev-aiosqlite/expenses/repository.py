from sqlalchemy import func, select
from sqlalchemy.orm import Session

from expenses.models import Claim


class ClaimRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_employee(self, employee: str) -> list[Claim]:
        return list(self.session.scalars(select(Claim).where(Claim.employee == employee).order_by(Claim.spent_on)))

    def monthly_total(self, employee: str, year: int, month: int):
        stmt = select(func.coalesce(func.sum(Claim.amount), 0)).where(
            Claim.employee == employee,
            func.extract("year", Claim.spent_on) == year,
            func.extract("month", Claim.spent_on) == month,
        )
        return self.session.scalar(stmt)

    def add(self, claim: Claim) -> Claim:
        self.session.add(claim)
        self.session.commit()
        return claim
