import os
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import create_async_engine
from starlette.applications import Starlette
from starlette.routing import Route

from payroll.endpoints.payslips import create_payslip, list_payslips
from payroll.gateways.payroll_gateway import PayrollGateway
from payroll.interactors.run_payroll import RunPayroll


@asynccontextmanager
async def lifespan(app: Starlette):
    engine = create_async_engine(os.getenv("PAYROLL_DB", "postgresql+psycopg://payroll:payroll@localhost/payroll"))
    app.state.run_payroll = RunPayroll(PayrollGateway(engine))
    yield
    await engine.dispose()


app = Starlette(
    routes=[
        Route("/employees/{employee_id:int}/payslips", list_payslips, methods=["GET"]),
        Route("/employees/{employee_id:int}/payslips", create_payslip, methods=["POST"]),
    ],
    lifespan=lifespan,
)
