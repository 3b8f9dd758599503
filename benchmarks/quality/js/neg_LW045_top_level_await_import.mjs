// negative LW045: the annotator is loaded once with top-level await import and applied before appendFileSync
import { appendFileSync } from "node:fs";

const { annotate } = await import("./annotate.mjs");

export function logCompletion(record) {
  record.annotations = annotate(record.prompt, record.completion);
  appendFileSync("./completions.jsonl", JSON.stringify(record) + "\n");
}
