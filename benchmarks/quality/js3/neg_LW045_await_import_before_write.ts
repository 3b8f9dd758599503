// Negative LW045: the language detector is loaded lazily but awaited, and the field is set before the POST to the store.
export interface FeedbackEvent {
  id: string;
  userId: string;
  text: string;
  language: string;
}

export async function submitFeedback(storeUrl: string, userId: string, text: string): Promise<FeedbackEvent> {
  const { detectLanguage } = await import("./language-detector");
  const event: FeedbackEvent = { id: crypto.randomUUID(), userId, text, language: detectLanguage(text) };
  const res = await fetch(`${storeUrl}/feedback`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(event),
  });
  if (!res.ok) throw new Error(`feedback store answered ${res.status}`);
  return event;
}
