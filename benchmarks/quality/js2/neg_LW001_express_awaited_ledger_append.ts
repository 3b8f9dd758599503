// negative LW001: the Express handler awaits ledger.append(entry) and lets failures reach the error middleware
import express, { type NextFunction, type Request, type Response } from "express";
import type { Pool } from "pg";

class Ledger {
  constructor(private readonly pool: Pool) {}

  async append(account: string, amountCents: number): Promise<void> {
    await this.pool.query("INSERT INTO ledger_entries (account, amount_cents) VALUES ($1, $2)", [account, amountCents]);
  }
}

export function ledgerRouter(ledger: Ledger) {
  const router = express.Router();
  router.post("/:account/credit", async (req: Request, res: Response, next: NextFunction) => {
    try {
      await ledger.append(req.params.account, Number(req.body.amount));
      res.status(201).json({ stored: true });
    } catch (err) {
      next(err);
    }
  });
  return router;
}
