// negative LW045: audit client computes the verdict before the POST; the .then() after the store call only bumps an in-process counter, it enriches nothing
type Verdict = "allow" | "ask" | "deny";

const AUDIT_URL = process.env.AUDIT_URL ?? "https://audit.internal/api/entries";
const counters = { posted: 0 };

export async function auditToolCall(
  classify: (prompt: string, tool: string) => Verdict,
  agent: string,
  tool: string,
  prompt: string,
  confirmed: boolean,
) {
  const entry = {
    id: crypto.randomUUID(),
    agent,
    tool,
    prompt,
    would_have_asked: !confirmed,
    classifier_verdict: classify(prompt, tool),
  };
  await fetch(AUDIT_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(entry),
  }).then((res) => {
    if (!res.ok) throw new Error(`audit store answered ${res.status}`);
    counters.posted += 1;
  });
  return entry;
}
