// positive LW001: an Express handler calls ledger.append(entry) without await, catch or waitUntil and answers at once
import express, { type Request, type Response } from "express";
import type { Pool } from "pg";

interface Entry {
  account: string;
  amountCents: number;
  memo: string;
}

class Ledger {
  constructor(private readonly pool: Pool) {}

  async append(entry: Entry): Promise<void> {
    await this.pool.query(
      "INSERT INTO ledger_entries (account, amount_cents, memo) VALUES ($1, $2, $3)",
      [entry.account, entry.amountCents, entry.memo],
    );
  }

  async balance(account: string): Promise<number> {
    const { rows } = await this.pool.query(
      "SELECT coalesce(sum(amount_cents), 0) AS total FROM ledger_entries WHERE account = $1",
      [account],
    );
    return Number(rows[0].total);
  }
}

export function ledgerRouter(ledger: Ledger) {
  const router = express.Router();

  router.get("/:account/balance", async (req: Request, res: Response) => {
    res.json({ balance: await ledger.balance(req.params.account) });
  });

  router.post("/:account/credit", (req: Request, res: Response) => {
    const entry: Entry = { account: req.params.account, amountCents: Number(req.body.amount), memo: "credit" };
    ledger.append(entry);
    res.status(202).json({ queued: true });
  });

  return router;
}
