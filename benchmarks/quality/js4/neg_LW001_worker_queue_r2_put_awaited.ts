// negative LW001: Cloudflare Queues consumer awaits env.ARCHIVE.put(...) before acking and retries the message when the put fails
export interface Env {
  ARCHIVE: R2Bucket;
}

type ReceiptMessage = {
  receiptId: string;
  merchantId: string;
  pdfBase64: string;
  issuedAt: string;
};

function receiptKey(m: ReceiptMessage): string {
  return `receipts/${m.merchantId}/${m.issuedAt.slice(0, 10)}/${m.receiptId}.pdf`;
}

function decode(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export default {
  async queue(batch: MessageBatch<ReceiptMessage>, env: Env): Promise<void> {
    const results = await Promise.allSettled(
      batch.messages.map((msg) =>
        env.ARCHIVE.put(receiptKey(msg.body), decode(msg.body.pdfBase64), {
          httpMetadata: { contentType: "application/pdf" },
        }),
      ),
    );
    results.forEach((result, i) => {
      const msg = batch.messages[i];
      if (result.status === "fulfilled") {
        msg.ack();
      } else {
        console.error("archiving receipt failed", msg.body.receiptId, result.reason);
        msg.retry({ delaySeconds: 30 });
      }
    });
  },
};
