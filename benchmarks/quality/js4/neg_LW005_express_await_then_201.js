// negative LW005: Express survey route awaits the transactional save of the answers, then answers 201; a failure answers 500
const express = require("express");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json());

async function saveResponse(surveyId, respondent, answers) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query(
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
    return rows[0].id;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}

app.post("/surveys/:id/responses", async (req, res, next) => {
  try {
    const id = await saveResponse(req.params.id, String(req.body.respondent || "anonymous"), req.body.answers);
    res.status(201).json({ id });
  } catch (err) {
    next(err);
  }
});

app.listen(3000);
