// positive LW002: Next.js route handler opens a MongoClient per request, starts the activity insertOne without awaiting it, and closes the client in finally
import { NextResponse } from "next/server";
import { MongoClient, ObjectId } from "mongodb";

const uri = process.env.MONGODB_URI as string;

export async function POST(request: Request, { params }: { params: { projectId: string } }) {
  const client = new MongoClient(uri);
  try {
    await client.connect();
    const db = client.db("workspace");
    const body = (await request.json()) as { title: string; assignee?: string };

    const task = {
      _id: new ObjectId(),
      projectId: params.projectId,
      title: body.title,
      assignee: body.assignee ?? null,
      createdAt: new Date(),
    };
    await db.collection("tasks").insertOne(task);

    db.collection("activity")
      .insertOne({ projectId: params.projectId, kind: "task.created", taskId: task._id, at: new Date() })
      .catch((err) => console.warn("activity feed write failed", err));

    return NextResponse.json({ id: task._id.toHexString() }, { status: 201 });
  } finally {
    await client.close();
  }
}
