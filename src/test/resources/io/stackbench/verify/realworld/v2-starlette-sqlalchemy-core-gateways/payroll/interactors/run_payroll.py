from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from payroll.gateways.payroll_gateway import PayrollGateway

TAX_RATE = Decimal("0.22")


class EmployeeNotFound(Exception):
    pass


class RunPayroll:
    def __init__(self, gateway: PayrollGateway) -> None:
        self.gateway = gateway

    async def issue_payslip(self, employee_id: int, period: date) -> dict:
        employee = await self.gateway.employee(employee_id)
        if employee is None:
            raise EmployeeNotFound(employee_id)
        gross = employee["monthly_salary"]
        net = (gross * (1 - TAX_RATE)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        payslip_id = await self.gateway.store_payslip(employee_id, period.replace(day=1), gross, net)
        return {"id": payslip_id, "gross": str(gross), "net": str(net)}

    async def history(self, employee_id: int) -> list[dict]:
        rows = await self.gateway.payslips_for(employee_id)
        return [{**row, "gross": str(row["gross"]), "net": str(row["net"]), "period": row["period"].isoformat()}
                for row in rows]
