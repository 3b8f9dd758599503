// negative LW001: ledger module, the payment and fee rows are created inside an awaited Sequelize transaction and the .then chain is awaited
import { Sequelize, DataTypes, Model, type InferAttributes, type InferCreationAttributes, type CreationOptional } from "sequelize";

const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });

class LedgerEntry extends Model<InferAttributes<LedgerEntry>, InferCreationAttributes<LedgerEntry>> {
  declare id: CreationOptional<number>;
  declare accountId: string;
  declare amountCents: number;
  declare kind: string;
}

LedgerEntry.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    accountId: { type: DataTypes.STRING, allowNull: false },
    amountCents: { type: DataTypes.INTEGER, allowNull: false },
    kind: { type: DataTypes.STRING, allowNull: false },
  },
  { sequelize, tableName: "ledger_entries" },
);

const counters = { fees: 0 };

export async function settle(accountId: string, amountCents: number): Promise<number> {
  const fee = Math.round(amountCents * 0.029) + 30;
  await sequelize.transaction(async (transaction) => {
    await LedgerEntry.create({ accountId, amountCents, kind: "payment" }, { transaction });
    await LedgerEntry.create({ accountId, amountCents: -fee, kind: "fee" }, { transaction }).then(() => {
      counters.fees += 1;
    });
  });
  const total = await LedgerEntry.sum("amountCents", { where: { accountId } });
  return total ?? 0;
}
