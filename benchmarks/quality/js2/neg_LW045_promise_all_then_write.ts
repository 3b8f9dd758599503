// negative LW045: geocoding and categorisation are awaited together with Promise.all, then the record is POSTed once, complete
import express from "express";

const DOC_STORE = process.env.DOC_STORE_URL ?? "http://docs:8080/stores";
export const stores = express.Router();

stores.post("/", async (req, res, next) => {
  try {
    const [{ geocode }, { categorise }] = await Promise.all([import("./geocode.js"), import("./categories.js")]);
    const payload = {
      id: req.body.id,
      name: req.body.name,
      address: req.body.address,
      geo: geocode(req.body.address),
      category: categorise(req.body.name),
    };
    const resp = await fetch(DOC_STORE, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
    if (!resp.ok) throw new Error(`doc store: ${resp.status}`);
    res.status(201).json({ id: payload.id });
  } catch (err) {
    next(err);
  }
});
