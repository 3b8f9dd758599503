// positive LW006: task-board projection runs INSERT ... ON CONFLICT for TaskMoved without checking the board, while BoardArchived deletes the board and its tasks cascade
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.PROJECTION_DB_URL });

// CREATE TABLE task (id uuid PRIMARY KEY, board_id uuid NOT NULL REFERENCES board(id) ON DELETE CASCADE,
//                    column_key text NOT NULL, position int NOT NULL, title text NOT NULL);

class BoardProjection {
  constructor(db) {
    this.db = db;
  }

  async apply(event) {
    switch (event.type) {
      case "BoardCreated":
        return this.db.query("INSERT INTO board (id, name, owner_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", [
          event.boardId,
          event.name,
          event.ownerId,
        ]);
      case "BoardArchived":
        return this.db.query("DELETE FROM board WHERE id = $1", [event.boardId]);
      case "TaskMoved":
        return this.upsertTask(event);
      default:
        return undefined;
    }
  }

  async upsertTask(event) {
    await this.db.query(
      `INSERT INTO task (id, board_id, column_key, position, title)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET column_key = EXCLUDED.column_key, position = EXCLUDED.position`,
      [event.taskId, event.boardId, event.column, event.position, event.title],
    );
  }
}

async function catchUp(projection, events) {
  for (const event of events) {
    await projection.apply(event);
  }
}

module.exports = { BoardProjection, catchUp, pool };
