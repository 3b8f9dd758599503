// Positive LW045: event is POSTed to the store first; the language detector is then imported and sets a field on the sent object.
export interface FeedbackEvent {
  id: string;
  userId: string;
  text: string;
  language?: string;
}

export async function submitFeedback(storeUrl: string, userId: string, text: string): Promise<FeedbackEvent> {
  const event: FeedbackEvent = { id: crypto.randomUUID(), userId, text };
  const res = await fetch(`${storeUrl}/feedback`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(event),
  });
  if (!res.ok) throw new Error(`feedback store answered ${res.status}`);
  const { detectLanguage } = await import("./language-detector");
  event.language = detectLanguage(text);
  return event;
}
