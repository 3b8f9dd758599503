// negative LW005: the Express route inserts the job row (awaited) and answers 202 Accepted with a status URL
import express from "express";
import { randomUUID } from "node:crypto";
import type { Pool } from "pg";

export function exportsRouter(pool: Pool) {
  const router = express.Router();

  router.post("/exports", async (req, res, next) => {
    try {
      const id = randomUUID();
      await pool.query("INSERT INTO export_jobs (id, account, state) VALUES ($1, $2, 'queued')", [id, req.body.account]);
      res.status(202).location(`/exports/${id}`).json({ id, statusUrl: `/exports/${id}` });
    } catch (err) {
      next(err);
    }
  });

  router.get("/exports/:id", async (req, res) => {
    const { rows } = await pool.query("SELECT state FROM export_jobs WHERE id = $1", [req.params.id]);
    rows[0] ? res.json(rows[0]) : res.sendStatus(404);
  });

  return router;
}
