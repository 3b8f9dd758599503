// positive LW002: Express middleware opens a pg Client per request and ends it on res "finish"; the handler's INSERT is not awaited
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

app.post("/articles/:id/likes", async (req: Request, res: Response) => {
  const { rows } = await req.db.query("SELECT likes FROM articles WHERE id = $1", [req.params.id]);
  req.db
    .query("INSERT INTO likes (article_id, user_id) VALUES ($1, $2)", [req.params.id, req.body.userId])
    .catch((err) => console.warn("like not stored", err));
  res.json({ likes: rows[0].likes + 1 });
});

export default app;
