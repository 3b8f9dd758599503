// Negative LW007: SQS consumer logs the failed put at fatal with the device id before exiting.
const pino = require("pino");
const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, PutCommand } = require("@aws-sdk/lib-dynamodb");

const log = pino({ name: "readings-consumer" });
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

async function handleMessage(message) {
  const body = JSON.parse(message.Body);
  try {
    await ddb.send(
      new PutCommand({
        TableName: process.env.READINGS_TABLE,
        Item: { pk: `DEVICE#${body.deviceId}`, sk: `READING#${body.at}`, value: body.value },
      }),
    );
  } catch (err) {
    log.fatal({ err, deviceId: body.deviceId, messageId: message.MessageId }, "reading not stored; exiting");
    process.exit(2);
  }
}

module.exports = { handleMessage };
