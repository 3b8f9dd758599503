// Positive LW001: payroll job updates each payslip inside forEach(async ...), so no update is awaited by anyone.
import { Op } from "sequelize";
import { Payslip } from "../models/payslip";
import { computeNet } from "./tax";

export interface PayrollRun {
  period: string;
  employeeIds: number[];
}

export async function finalisePayroll(run: PayrollRun): Promise<number> {
  const slips = await Payslip.findAll({
    where: { period: run.period, employeeId: { [Op.in]: run.employeeIds }, status: "draft" },
  });
  slips.forEach(async (slip) => {
    const net = computeNet(slip.gross, slip.taxCode);
    await slip.update({ net, status: "final", finalisedAt: new Date() });
  });
  return slips.length;
}
