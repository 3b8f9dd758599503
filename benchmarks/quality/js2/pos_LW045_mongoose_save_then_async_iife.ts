// positive LW045: a Mongoose ticket is saved, then an async IIFE sets ticket.priority after the save and never saves again
import { Ticket } from "./models/ticket";
import { loadTriageModel } from "./triage";

export async function openTicket(subject: string, body: string) {
  const ticket = new Ticket({ subject, body, status: "open" });
  await ticket.save();
  (async () => {
    const model = await loadTriageModel();
    ticket.priority = model.predict(body);
  })();
  return ticket.toObject();
}
