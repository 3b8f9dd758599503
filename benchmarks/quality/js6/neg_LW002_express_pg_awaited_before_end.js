// negative LW002: the consent-history insert is awaited inside the try, so client.end() in finally only runs after it has finished
const express = require("express");
const { Client } = require("pg");

const router = express.Router();

function appendConsentHistory(client, userId, prefs) {
  return client.query(
    "INSERT INTO consent_history (user_id, marketing, analytics, changed_at) VALUES ($1, $2, $3, now())",
    [userId, prefs.marketing, prefs.analytics],
  );
}

router.put("/users/:id/preferences", async (req, res, next) => {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query("SELECT marketing, analytics FROM preferences WHERE user_id = $1 FOR UPDATE", [req.params.id]);
    const prefs = { ...(rows[0] || {}), ...req.body };
    await client.query("UPDATE preferences SET marketing = $2, analytics = $3 WHERE user_id = $1", [
      req.params.id,
      prefs.marketing,
      prefs.analytics,
    ]);
    await appendConsentHistory(client, req.params.id, prefs);
    await client.query("COMMIT");
    res.json(prefs);
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    next(err);
  } finally {
    await client.end();
  }
});

module.exports = router;
