# positive LW006: a Kafka consumer upserts a task row under its project with no check while project.deleted removes the project
import json

import psycopg
from kafka import KafkaConsumer

consumer = KafkaConsumer("projects", bootstrap_servers="kafka:9092", group_id="projector")
conn = psycopg.connect("postgresql://projector@db/app", autocommit=True)

for message in consumer:
    event = json.loads(message.value)
    if event["type"] == "project.deleted":
        conn.execute("DELETE FROM projects WHERE id = %s", (event["project_id"],))
    elif event["type"] == "task.updated":
        conn.execute(
            "INSERT INTO tasks (id, project_id, title, done) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, done = EXCLUDED.done",
            (event["task_id"], event["project_id"], event["title"], event["done"]),
        )
