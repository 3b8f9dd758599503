// negative LW002: the Express handler awaits its INSERT before responding, so the client ended on "finish" is no longer needed
import express, { type NextFunction, type Request, type Response } from "express";
import { Client } from "pg";

declare module "express-serve-static-core" {
  interface Request {
    db: Client;
  }
}

const app = express();
app.use(express.json());

app.use(async (req: Request, res: Response, next: NextFunction) => {
  req.db = new Client({ connectionString: process.env.DATABASE_URL });
  await req.db.connect();
  res.on("finish", () => {
    req.db.end();
  });
  next();
});

app.post("/articles/:id/likes", async (req: Request, res: Response, next: NextFunction) => {
  try {
    await req.db.query("INSERT INTO likes (article_id, user_id) VALUES ($1, $2)", [req.params.id, req.body.userId]);
    const { rows } = await req.db.query("SELECT count(*) AS n FROM likes WHERE article_id = $1", [req.params.id]);
    res.json({ likes: Number(rows[0].n) });
  } catch (err) {
    next(err);
  }
});

export default app;
