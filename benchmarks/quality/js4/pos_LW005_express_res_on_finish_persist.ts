// positive LW005: Express survey route sends 201 and writes the submitted answers only in a res.on("finish") hook, after the response has gone out
import express, { type Request, type Response } from "express";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

type Answer = { questionId: number; value: string };

async function saveResponse(surveyId: string, respondent: string, answers: Answer[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: number }>(
      "INSERT INTO survey_responses (survey_id, respondent) VALUES ($1, $2) RETURNING id",
      [surveyId, respondent],
    );
    for (const a of answers) {
      await client.query("INSERT INTO survey_answers (response_id, question_id, value) VALUES ($1, $2, $3)", [
        rows[0].id,
        a.questionId,
        a.value,
      ]);
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}

app.post("/surveys/:id/responses", (req: Request, res: Response) => {
  const answers = req.body.answers as Answer[];
  const respondent = String(req.body.respondent ?? "anonymous");

  res.on("finish", () => {
    saveResponse(req.params.id, respondent, answers).catch((err) => console.error("survey response lost", err));
  });

  res.status(201).json({ thanks: true });
});

app.listen(3000);
