// negative LW005: Remix action on Cloudflare Pages awaits the comment's D1 insert before redirecting; waitUntil only carries a non-storing webhook ping to the moderation bot
import type { ActionFunctionArgs } from "@remix-run/cloudflare";
import { json, redirect } from "@remix-run/cloudflare";
import { Form, useActionData } from "@remix-run/react";

function insertComment(db: D1Database, id: string, slug: string, author: string, body: string) {
  return db
    .prepare("INSERT INTO comments (id, post_slug, author, body, created_at) VALUES (?, ?, ?, ?, ?)")
    .bind(id, slug, author, body, new Date().toISOString())
    .run();
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const author = String(form.get("author") ?? "").trim();
  const body = String(form.get("body") ?? "").trim();
  if (!author || !body) return json({ error: "author and body are required" }, { status: 400 });

  const id = crypto.randomUUID();
  await insertComment(context.cloudflare.env.DB, id, params.slug!, author, body);

  const hook = context.cloudflare.env.MODBOT_URL;
  context.cloudflare.ctx.waitUntil(
    fetch(`${hook}?comment=${id}`, { method: "HEAD" }).catch((err) => console.error("modbot ping failed", id, err)),
  );

  return redirect(`/posts/${params.slug}#comment-${id}`);
}

export default function CommentForm() {
  const result = useActionData<typeof action>();
  return (
    <Form method="post">
      {result && "error" in result ? <p role="alert">{result.error}</p> : null}
      <input name="author" required />
      <textarea name="body" required />
      <button type="submit">Comment</button>
    </Form>
  );
}
