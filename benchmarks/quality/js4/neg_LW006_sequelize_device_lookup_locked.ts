// negative LW006: telemetry helper loads the device with a row lock in the same Sequelize transaction and skips (with a warning) readings for a decommissioned device
import { Sequelize, DataTypes, Model, Transaction } from "sequelize";

const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });

class Device extends Model {}
Device.init({ id: { type: DataTypes.STRING, primaryKey: true } }, { sequelize, tableName: "devices" });

class LatestReading extends Model {}
LatestReading.init(
  {
    deviceId: { type: DataTypes.STRING, primaryKey: true },
    metric: { type: DataTypes.STRING, primaryKey: true },
    value: DataTypes.DOUBLE,
    readAt: DataTypes.DATE,
  },
  { sequelize, tableName: "latest_readings" },
);
Device.hasMany(LatestReading, { foreignKey: "deviceId", onDelete: "CASCADE" });

export async function decommission(deviceId: string): Promise<void> {
  await Device.destroy({ where: { id: deviceId } });
}

export async function upsertReading(deviceId: string, metric: string, value: number, readAt: Date): Promise<boolean> {
  return sequelize.transaction(async (transaction) => {
    const device = await Device.findByPk(deviceId, { transaction, lock: Transaction.LOCK.SHARE });
    if (!device) {
      console.warn(`reading ${metric} dropped: device ${deviceId} was decommissioned`);
      return false;
    }
    await LatestReading.upsert({ deviceId, metric, value, readAt }, { transaction });
    return true;
  });
}
