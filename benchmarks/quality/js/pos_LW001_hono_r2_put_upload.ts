// positive LW001: Hono upload handler starts an R2 put() for the thumbnail and never awaits it
import { Hono } from "hono";

type Env = { Bindings: { MEDIA: R2Bucket } };
const app = new Hono<Env>();

app.post("/avatars/:userId", async (c) => {
  const userId = c.req.param("userId");
  const body = await c.req.arrayBuffer();
  const key = `avatars/${userId}.png`;

  await c.env.MEDIA.put(key, body, { httpMetadata: { contentType: "image/png" } });
  c.env.MEDIA.put(`thumbs/${userId}.png`, body.slice(0, 65536), {
    httpMetadata: { contentType: "image/png" },
  });

  return c.json({ key });
});

export default app;
