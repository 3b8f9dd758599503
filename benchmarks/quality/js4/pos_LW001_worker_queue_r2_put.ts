// positive LW001: Cloudflare Queues consumer, env.ARCHIVE.put(...) is started for each message and never awaited before the message is acked
export interface Env {
  ARCHIVE: R2Bucket;
  RECEIPTS: KVNamespace;
}

type ReceiptMessage = {
  receiptId: string;
  merchantId: string;
  pdfBase64: string;
  issuedAt: string;
};

function receiptKey(m: ReceiptMessage): string {
  const day = m.issuedAt.slice(0, 10);
  return `receipts/${m.merchantId}/${day}/${m.receiptId}.pdf`;
}

function decode(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export default {
  async queue(batch: MessageBatch<ReceiptMessage>, env: Env): Promise<void> {
    for (const msg of batch.messages) {
      const receipt = msg.body;
      env.ARCHIVE.put(receiptKey(receipt), decode(receipt.pdfBase64), {
        httpMetadata: { contentType: "application/pdf" },
        customMetadata: { merchantId: receipt.merchantId },
      });
      msg.ack();
    }
  },
};
