// Negative LW001: payroll job awaits each payslip update in a for...of loop instead of forEach(async).
import { Op } from "sequelize";
import { Payslip } from "../models/payslip";
import { computeNet } from "./tax";

export async function finalisePayroll(period: string, employeeIds: number[]): Promise<number> {
  const slips = await Payslip.findAll({
    where: { period, employeeId: { [Op.in]: employeeIds }, status: "draft" },
  });
  for (const slip of slips) {
    const net = computeNet(slip.gross, slip.taxCode);
    await slip.update({ net, status: "final", finalisedAt: new Date() });
  }
  return slips.length;
}
