// positive LW045: the record is written with appendFileSync, then a dynamic import's .then() adds annotations to the in-memory record
import { appendFileSync } from "node:fs";

export function logCompletion(record) {
  appendFileSync("./completions.jsonl", JSON.stringify(record) + "\n");
  import("./annotate.mjs").then(({ annotate }) => {
    record.annotations = annotate(record.prompt, record.completion);
  });
}
