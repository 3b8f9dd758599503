// positive LW045: an Express route POSTs the store record to the document store, then a lazy import's .then sets payload.geo in memory
import express from "express";

const DOC_STORE = process.env.DOC_STORE_URL ?? "http://docs:8080/stores";
export const stores = express.Router();

stores.post("/", async (req, res, next) => {
  try {
    const payload = { id: req.body.id, name: req.body.name, address: req.body.address };
    const resp = await fetch(DOC_STORE, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
    });
    if (!resp.ok) throw new Error(`doc store: ${resp.status}`);
    import("./geocode.js").then(({ geocode }) => {
      payload.geo = geocode(payload.address);
    });
    res.status(201).json({ id: payload.id });
  } catch (err) {
    next(err);
  }
});
