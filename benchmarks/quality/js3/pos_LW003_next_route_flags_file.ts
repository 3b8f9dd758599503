// Positive LW003: Next.js route handler rewrites data/flags.json in place when an admin toggles a flag.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";

const FLAGS_FILE = path.join(process.cwd(), "data", "flags.json");

async function readFlags(): Promise<Record<string, boolean>> {
  try {
    return JSON.parse(await readFile(FLAGS_FILE, "utf8"));
  } catch {
    return {};
  }
}

export async function PUT(request: NextRequest, { params }: { params: { flag: string } }) {
  if (request.headers.get("x-admin-token") !== process.env.ADMIN_TOKEN) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const { enabled } = (await request.json()) as { enabled: boolean };
  const flags = await readFlags();
  flags[params.flag] = Boolean(enabled);
  await writeFile(FLAGS_FILE, JSON.stringify(flags, null, 2));
  return NextResponse.json(flags);
}
