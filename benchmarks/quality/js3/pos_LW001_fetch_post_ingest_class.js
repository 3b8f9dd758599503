// Positive LW001: telemetry exporter posts each batch to the ingest API with fetch and never awaits the request.
export class TelemetryExporter {
  #endpoint;
  #apiKey;
  #buffer = [];

  constructor(endpoint, apiKey) {
    this.#endpoint = endpoint;
    this.#apiKey = apiKey;
  }

  record(event) {
    this.#buffer.push({ ...event, ts: Date.now() });
    if (this.#buffer.length >= 100) this.flush();
  }

  flush() {
    if (this.#buffer.length === 0) return;
    const batch = this.#buffer.splice(0, this.#buffer.length);
    fetch(`${this.#endpoint}/v1/events`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${this.#apiKey}` },
      body: JSON.stringify({ events: batch }),
    });
  }
}
