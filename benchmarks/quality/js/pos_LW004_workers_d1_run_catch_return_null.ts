// positive LW004: D1 insert failure is caught and logged inside .catch(), then the Worker reports the signup as saved
interface Env {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { email } = (await request.json()) as { email: string };
    await env.DB.prepare("INSERT INTO waitlist (email, joined_at) VALUES (?, ?)")
      .bind(email.toLowerCase(), new Date().toISOString())
      .run()
      .catch((e) => {
        console.warn("waitlist insert failed", e);
        return null;
      });
    return Response.json({ joined: true }, { status: 201 });
  },
};
