// positive LW045: photo upload stores the object in R2 with customMetadata, then a lazy import("exifr").then() sets meta.takenAt and meta.camera on the metadata object after the put
import { Hono } from "hono";

type Env = { Bindings: { PHOTOS: R2Bucket } };
const app = new Hono<Env>();

app.post("/albums/:album/photos", async (c) => {
  const album = c.req.param("album");
  const bytes = await c.req.arrayBuffer();
  const key = `${album}/${crypto.randomUUID()}.jpg`;
  const meta: Record<string, string> = {
    album,
    uploadedBy: c.req.header("x-user") ?? "anonymous",
    uploadedAt: new Date().toISOString(),
  };

  await c.env.PHOTOS.put(key, bytes, { httpMetadata: { contentType: "image/jpeg" }, customMetadata: meta });

  import("exifr").then(async (exifr) => {
    const tags = await exifr.parse(bytes, ["DateTimeOriginal", "Model"]);
    meta.takenAt = tags?.DateTimeOriginal?.toISOString() ?? "";
    meta.camera = tags?.Model ?? "";
  });

  return c.json({ key }, 201);
});

app.get("/albums/:album/photos", async (c) => {
  const listing = await c.env.PHOTOS.list({ prefix: `${c.req.param("album")}/`, include: ["customMetadata"] });
  return c.json(listing.objects.map((o) => ({ key: o.key, ...o.customMetadata })));
});

export default app;
