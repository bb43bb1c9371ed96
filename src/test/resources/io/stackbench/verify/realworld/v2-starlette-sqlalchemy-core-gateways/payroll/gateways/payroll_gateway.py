from datetime import date
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from payroll.tables import employees, payslips


class PayrollGateway:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def employee(self, employee_id: int):
        async with self._engine.connect() as conn:
            result = await conn.execute(select(employees).where(employees.c.id == employee_id))
            return result.mappings().first()

    async def payslips_for(self, employee_id: int):
        stmt = select(payslips).where(payslips.c.employee_id == employee_id).order_by(payslips.c.period.desc())
        async with self._engine.connect() as conn:
            return (await conn.execute(stmt)).mappings().all()

    async def store_payslip(self, employee_id: int, period: date, gross: Decimal, net: Decimal) -> int:
        async with self._engine.begin() as conn:
            result = await conn.execute(
                insert(payslips).values(employee_id=employee_id, period=period, gross=gross, net=net).returning(payslips.c.id)
            )
            return result.scalar_one()
