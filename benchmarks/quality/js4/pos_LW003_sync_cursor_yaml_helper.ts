// positive LW003: calendar sync worker stores its sync tokens in sync-cursor.yml, rewritten in place by a helper through fs.promises.writeFile
import { promises as fs } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { google } from "googleapis";

type Cursor = { calendars: Record<string, { syncToken: string; syncedAt: string }> };

const DATA_DIR = process.env.DATA_DIR ?? "/srv/calsync";
const CURSOR_FILE = path.join(DATA_DIR, "sync-cursor.yml");

async function readCursor(): Promise<Cursor> {
  try {
    return YAML.parse(await fs.readFile(CURSOR_FILE, "utf8")) as Cursor;
  } catch {
    return { calendars: {} };
  }
}

async function storeCursor(cursor: Cursor): Promise<void> {
  await fs.writeFile(CURSOR_FILE, YAML.stringify(cursor), "utf8");
}

export async function syncCalendar(
  auth: InstanceType<typeof google.auth.OAuth2>,
  calendarId: string,
  onEvent: (e: unknown) => Promise<void>,
): Promise<void> {
  const calendar = google.calendar({ version: "v3", auth });
  const cursor = await readCursor();
  let pageToken: string | undefined;
  let nextSyncToken: string | undefined;
  do {
    const res = await calendar.events.list({
      calendarId,
      syncToken: cursor.calendars[calendarId]?.syncToken,
      pageToken,
    });
    for (const event of res.data.items ?? []) await onEvent(event);
    pageToken = res.data.nextPageToken ?? undefined;
    nextSyncToken = res.data.nextSyncToken ?? undefined;
  } while (pageToken);

  if (nextSyncToken) {
    cursor.calendars[calendarId] = { syncToken: nextSyncToken, syncedAt: new Date().toISOString() };
    await storeCursor(cursor);
  }
}
