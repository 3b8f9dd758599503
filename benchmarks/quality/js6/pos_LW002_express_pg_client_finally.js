// positive LW002: Express handler opens a pg Client, starts the consent-history insert without awaiting it and closes the client in finally
const express = require("express");
const { Client } = require("pg");

const router = express.Router();

async function loadPreferences(client, userId) {
  const { rows } = await client.query("SELECT marketing, analytics FROM preferences WHERE user_id = $1", [userId]);
  return rows[0] || { marketing: false, analytics: false };
}

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
    const before = await loadPreferences(client, req.params.id);
    const prefs = { ...before, ...req.body };
    await client.query(
      "UPDATE preferences SET marketing = $2, analytics = $3 WHERE user_id = $1",
      [req.params.id, prefs.marketing, prefs.analytics],
    );
    appendConsentHistory(client, req.params.id, prefs).catch((err) =>
      console.warn("consent history not written", err.message),
    );
    res.json(prefs);
  } catch (err) {
    next(err);
  } finally {
    await client.end();
  }
});

module.exports = router;
