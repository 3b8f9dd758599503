// negative LW006: deleting a project only sets deleted_at (no row removal, no cascade), so a late task upsert cannot break the FK
const { pool } = require("./db");

async function handle(event) {
  switch (event.type) {
    case "task.updated":
      await pool.query(
        `INSERT INTO tasks (id, project_id, title, done) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, done = EXCLUDED.done`,
        [event.taskId, event.projectId, event.title, event.done],
      );
      break;
    case "project.archived":
      await pool.query("UPDATE projects SET deleted_at = now() WHERE id = $1", [event.projectId]);
      break;
    default:
      break;
  }
}

module.exports = { handle };
