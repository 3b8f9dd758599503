// positive LW006: MQTT telemetry consumer upserts readings through a helper that never checks the device, while device.decommissioned destroys the device and its readings cascade
import mqtt from "mqtt";
import { Sequelize, DataTypes, Model } from "sequelize";

const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });

class Device extends Model {}
Device.init({ id: { type: DataTypes.STRING, primaryKey: true }, site: DataTypes.STRING }, { sequelize, tableName: "devices" });

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
LatestReading.belongsTo(Device, { foreignKey: "deviceId" });

async function upsertReading(deviceId: string, metric: string, value: number, readAt: Date): Promise<void> {
  await LatestReading.upsert({ deviceId, metric, value, readAt });
}

async function handle(topic: string, payload: Buffer): Promise<void> {
  const [, deviceId, kind] = topic.split("/");
  const body = JSON.parse(payload.toString());
  if (kind === "decommissioned") {
    await Device.destroy({ where: { id: deviceId } });
    return;
  }
  if (kind === "telemetry") {
    for (const [metric, value] of Object.entries(body.metrics as Record<string, number>)) {
      await upsertReading(deviceId, metric, value, new Date(body.ts));
    }
  }
}

const client = mqtt.connect(process.env.MQTT_URL as string);
client.on("connect", () => client.subscribe(["devices/+/telemetry", "devices/+/decommissioned"]));
client.on("message", (topic, payload) => {
  handle(topic, payload).catch((err) => {
    console.error("telemetry handling failed", topic, err);
    process.exitCode = 1;
  });
});
