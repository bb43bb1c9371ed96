from sqlalchemy import Column, Date, ForeignKey, Integer, MetaData, Numeric, String, Table

metadata = MetaData()

employees = Table(
    "employees",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), nullable=False),
    Column("monthly_salary", Numeric(10, 2), nullable=False),
)

payslips = Table(
    "payslips",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("employee_id", ForeignKey("employees.id"), nullable=False),
    Column("period", Date, nullable=False),
    Column("gross", Numeric(10, 2), nullable=False),
    Column("net", Numeric(10, 2), nullable=False),
)
