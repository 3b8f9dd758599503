// negative LW045: the fixed turn logger imports the pure risk assessor at module load and sets row.risk before appending
import { appendFile } from "node:fs/promises";
import { assessRisk } from "./moderation";

const LOG = process.env.TURN_LOG ?? "./turns.jsonl";

export async function logTurn(id: string, text: string, wouldHaveAsked: boolean) {
  const row = { id, text, would_have_asked: wouldHaveAsked, risk: assessRisk(text) };
  await appendFile(LOG, JSON.stringify(row) + "\n");
  return row;
}
