// positive LW001: ledger module, postFee() starts LedgerEntry.create(...).then(...) and returns without awaiting or returning the chain
import { Sequelize, DataTypes, Model, type InferAttributes, type InferCreationAttributes, type CreationOptional } from "sequelize";

const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });

class LedgerEntry extends Model<InferAttributes<LedgerEntry>, InferCreationAttributes<LedgerEntry>> {
  declare id: CreationOptional<number>;
  declare accountId: string;
  declare amountCents: number;
  declare kind: string;
  declare memo: string;
}

LedgerEntry.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    accountId: { type: DataTypes.STRING, allowNull: false },
    amountCents: { type: DataTypes.INTEGER, allowNull: false },
    kind: { type: DataTypes.STRING, allowNull: false },
    memo: { type: DataTypes.STRING, allowNull: false },
  },
  { sequelize, tableName: "ledger_entries" },
);

const counters = { fees: 0 };

export async function balance(accountId: string): Promise<number> {
  const total = await LedgerEntry.sum("amountCents", { where: { accountId } });
  return total ?? 0;
}

export async function postPayment(accountId: string, amountCents: number): Promise<void> {
  await LedgerEntry.create({ accountId, amountCents, kind: "payment", memo: "card payment" });
}

export function postFee(accountId: string, amountCents: number, memo: string): void {
  LedgerEntry.create({ accountId, amountCents: -amountCents, kind: "fee", memo }).then(() => {
    counters.fees += 1;
  });
}

export async function settle(accountId: string, amountCents: number): Promise<number> {
  await postPayment(accountId, amountCents);
  postFee(accountId, Math.round(amountCents * 0.029) + 30, "processing fee");
  return balance(accountId);
}
