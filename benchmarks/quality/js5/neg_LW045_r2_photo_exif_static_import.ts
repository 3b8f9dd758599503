// negative LW045: photo upload parses EXIF with a statically imported exifr before the R2 put, so takenAt and camera are stored with the object
import { Hono } from "hono";
import exifr from "exifr";

type Env = { Bindings: { PHOTOS: R2Bucket } };
const app = new Hono<Env>();

app.post("/albums/:album/photos", async (c) => {
  const album = c.req.param("album");
  const bytes = await c.req.arrayBuffer();
  const key = `${album}/${crypto.randomUUID()}.jpg`;
  const tags = await exifr.parse(bytes, ["DateTimeOriginal", "Model"]).catch(() => undefined);

  const meta: Record<string, string> = {
    album,
    uploadedBy: c.req.header("x-user") ?? "anonymous",
    uploadedAt: new Date().toISOString(),
    takenAt: tags?.DateTimeOriginal?.toISOString() ?? "",
    camera: tags?.Model ?? "",
  };

  await c.env.PHOTOS.put(key, bytes, { httpMetadata: { contentType: "image/jpeg" }, customMetadata: meta });
  return c.json({ key, ...meta }, 201);
});

export default app;
