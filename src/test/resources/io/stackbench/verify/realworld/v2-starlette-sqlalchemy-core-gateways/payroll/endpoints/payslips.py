from datetime import date

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse

from payroll.interactors.run_payroll import EmployeeNotFound, RunPayroll


def _payroll(request: Request) -> RunPayroll:
    return request.app.state.run_payroll


async def list_payslips(request: Request) -> JSONResponse:
    return JSONResponse(await _payroll(request).history(request.path_params["employee_id"]))


async def create_payslip(request: Request) -> JSONResponse:
    body = await request.json()
    try:
        payslip = await _payroll(request).issue_payslip(
            request.path_params["employee_id"], date.fromisoformat(body["period"])
        )
    except EmployeeNotFound:
        raise HTTPException(status_code=404, detail="employee not found")
    return JSONResponse(payslip, status_code=201)
