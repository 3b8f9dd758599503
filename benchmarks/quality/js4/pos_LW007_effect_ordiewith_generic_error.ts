// positive LW007: Effect workflow saves the payout through Prisma with Effect.tryPromise and Effect.orDieWith(() => new Error("persist failed")); the payout id and the Prisma error are never logged
import { Data, Effect } from "effect";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

class PrismaWriteError extends Data.TaggedError("PrismaWriteError")<{ cause: unknown }> {}

export type Payout = { id: string; merchantId: string; amountCents: number; currency: string };

const insertPayout = (payout: Payout) =>
  Effect.tryPromise({
    try: () =>
      prisma.payout.create({
        data: { id: payout.id, merchantId: payout.merchantId, amountCents: payout.amountCents, currency: payout.currency },
      }),
    catch: (cause) => new PrismaWriteError({ cause }),
  });

const markBalanceSettled = (merchantId: string) =>
  Effect.tryPromise({
    try: () => prisma.balance.update({ where: { merchantId }, data: { pendingCents: 0 } }),
    catch: (cause) => new PrismaWriteError({ cause }),
  });

export const settlePayout = (payout: Payout) =>
  Effect.gen(function* () {
    yield* insertPayout(payout).pipe(Effect.orDieWith(() => new Error("persist failed")));
    yield* markBalanceSettled(payout.merchantId).pipe(
      Effect.tapError((e) => Effect.logError("balance settle failed", { merchantId: payout.merchantId, cause: e.cause })),
      Effect.orDie,
    );
    return payout.id;
  });
