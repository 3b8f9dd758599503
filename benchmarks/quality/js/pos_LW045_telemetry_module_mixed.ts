// positive LW045: a telemetry module; recordPrompt() writes the JSONL line, then a lazily imported PII scanner sets row.pii_flags afterwards
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { redact } from "./redact";

const DIR = process.env.TELEMETRY_DIR ?? "./telemetry";
const PROMPTS = path.join(DIR, "prompts.jsonl");
const ERRORS = path.join(DIR, "errors.jsonl");

type PromptRow = {
  id: string;
  ts: string;
  model: string;
  prompt: string;
  tokens: number;
  pii_flags?: string[];
};

export async function init() {
  await mkdir(DIR, { recursive: true });
}

export async function recordError(err: Error, context: Record<string, unknown>) {
  const row = { ts: new Date().toISOString(), message: err.message, stack: err.stack, ...context };
  await appendFile(ERRORS, JSON.stringify(row) + "\n");
}

export async function recordPrompt(model: string, prompt: string, tokens: number): Promise<string> {
  const row: PromptRow = {
    id: crypto.randomUUID(),
    ts: new Date().toISOString(),
    model,
    prompt: redact(prompt),
    tokens,
  };
  await appendFile(PROMPTS, JSON.stringify(row) + "\n");
  import("./pii-scanner").then(({ scan }) => {
    row.pii_flags = scan(prompt);
  });
  return row.id;
}
