// positive LW045: an agent appends the turn to its JSONL log, then import("./moderation").then(...) sets row.risk in memory only
import { appendFile } from "node:fs/promises";

const LOG = process.env.TURN_LOG ?? "./turns.jsonl";

interface TurnRow {
  id: string;
  text: string;
  would_have_asked: boolean;
  risk?: string;
}

export class TurnLogger {
  private count = 0;

  async log(id: string, text: string, wouldHaveAsked: boolean): Promise<TurnRow> {
    const row: TurnRow = { id, text, would_have_asked: wouldHaveAsked };
    await appendFile(LOG, JSON.stringify(row) + "\n");
    this.count++;
    import("./moderation").then((m) => {
      row.risk = m.assessRisk(text);
    });
    return row;
  }

  get written(): number {
    return this.count;
  }
}
