// negative LW001: the Worker awaits the queue send() before answering
interface Env {
  EMAIL_QUEUE: Queue<{ to: string; template: string }>;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
    const { email } = (await request.json()) as { email: string };

    await env.EMAIL_QUEUE.send({ to: email, template: "welcome" });

    return Response.json({ queued: true }, { status: 202 });
  },
};
