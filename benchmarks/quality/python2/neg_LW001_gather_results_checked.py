# negative LW001: several bookkeeper writes are gathered with return_exceptions and every failure is raised
import asyncio
import logging

logger = logging.getLogger("payroll")


class Bookkeeper:
    def __init__(self, conn) -> None:
        self.conn = conn

    async def post_payslip(self, employee_id: int, net: int) -> None:
        await self.conn.execute(
            "INSERT INTO payslips (employee_id, net) VALUES (%s, %s)", (employee_id, net)
        )


async def run_payroll(keeper: Bookkeeper, salaries: dict[int, int]) -> None:
    results = await asyncio.gather(
        *(keeper.post_payslip(emp, net) for emp, net in salaries.items()),
        return_exceptions=True,
    )
    failures = [r for r in results if isinstance(r, BaseException)]
    if failures:
        for failure in failures:
            logger.error("payslip write failed", exc_info=failure)
        raise ExceptionGroup(
            "payroll incomplete", [f for f in failures if isinstance(f, Exception)]
        )
