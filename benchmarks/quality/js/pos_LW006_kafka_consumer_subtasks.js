// positive LW006: Kafka consumer upserts a task row keyed by project_id without a parent check; project.deleted cascades
const { Kafka } = require("kafkajs");
const { pool } = require("./db");

const kafka = new Kafka({ clientId: "projects-projector", brokers: ["localhost:9092"] });
const consumer = kafka.consumer({ groupId: "projects-read-model" });

async function handle(event) {
  switch (event.type) {
    case "task.updated":
      await pool.query(
        `INSERT INTO tasks (id, project_id, title, done) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, done = EXCLUDED.done`,
        [event.taskId, event.projectId, event.title, event.done],
      );
      break;
    case "project.deleted":
      await pool.query("DELETE FROM projects WHERE id = $1", [event.projectId]);
      break;
    default:
      break;
  }
}

async function run() {
  await consumer.connect();
  await consumer.subscribe({ topic: "projects", fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => handle(JSON.parse(message.value.toString())) });
}

module.exports = { run, handle };
