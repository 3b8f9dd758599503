// negative LW006: task-board projection catches the foreign-key violation (23503) of a TaskMoved for an archived board, logs both ids and skips it; other errors are re-thrown
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.PROJECTION_DB_URL });

const FOREIGN_KEY_VIOLATION = "23503";

async function onBoardArchived(event) {
  await pool.query("DELETE FROM board WHERE id = $1", [event.boardId]);
}

async function onTaskMoved(event) {
  try {
    await pool.query(
      `INSERT INTO task (id, board_id, column_key, position, title)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET column_key = EXCLUDED.column_key, position = EXCLUDED.position`,
      [event.taskId, event.boardId, event.column, event.position, event.title],
    );
  } catch (err) {
    if (err.code === FOREIGN_KEY_VIOLATION) {
      console.warn(`skipping task ${event.taskId}: board ${event.boardId} was archived`);
      return;
    }
    throw err;
  }
}

module.exports = { onBoardArchived, onTaskMoved };
