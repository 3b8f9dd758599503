// positive LW005: Remix action on Cloudflare Pages redirects (success) while the comment's D1 insert is pushed into context.cloudflare.ctx.waitUntil, past the response
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/cloudflare";
import { json, redirect } from "@remix-run/cloudflare";
import { Form, useLoaderData } from "@remix-run/react";

export async function loader({ params, context }: LoaderFunctionArgs) {
  const { results } = await context.cloudflare.env.DB.prepare(
    "SELECT id, author, body, created_at FROM comments WHERE post_slug = ? ORDER BY created_at",
  )
    .bind(params.slug)
    .all();
  return json({ comments: results });
}

function insertComment(db: D1Database, slug: string, author: string, body: string) {
  return db
    .prepare("INSERT INTO comments (id, post_slug, author, body, created_at) VALUES (?, ?, ?, ?, ?)")
    .bind(crypto.randomUUID(), slug, author, body, new Date().toISOString())
    .run();
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const author = String(form.get("author") ?? "").trim();
  const body = String(form.get("body") ?? "").trim();
  if (!author || !body) return json({ error: "author and body are required" }, { status: 400 });

  context.cloudflare.ctx.waitUntil(insertComment(context.cloudflare.env.DB, params.slug!, author, body));

  return redirect(`/posts/${params.slug}#comments`);
}

export default function PostComments() {
  const { comments } = useLoaderData<typeof loader>();
  return (
    <section id="comments">
      <ul>
        {comments.map((c) => (
          <li key={String(c.id)}>
            <b>{String(c.author)}</b> {String(c.body)}
          </li>
        ))}
      </ul>
      <Form method="post">
        <input name="author" required />
        <textarea name="body" required />
        <button type="submit">Comment</button>
      </Form>
    </section>
  );
}
