// negative LW004: a failing GET of exchange rates is caught and a cached fallback is used; the swallowed error is a read, not a write
const FALLBACK_RATES: Record<string, number> = { EUR: 1, USD: 1.08, GBP: 0.86 };
let lastGood = { ...FALLBACK_RATES };

export async function latestRates(): Promise<Record<string, number>> {
  try {
    const res = await fetch("https://rates.example.com/latest?base=EUR", { signal: AbortSignal.timeout(2000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    lastGood = (await res.json()).rates;
  } catch (err) {
    console.warn("rates unavailable, using last known", err);
  }
  return lastGood;
}

export async function convert(amount: number, currency: string): Promise<number> {
  return amount * (await latestRates())[currency];
}
