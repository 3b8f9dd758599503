// Positive LW007: SQS consumer kills the process on a failed DynamoDB put via .catch(() => process.exit(2)).
const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, PutCommand } = require("@aws-sdk/lib-dynamodb");

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

function toItem(message) {
  const body = JSON.parse(message.Body);
  return { pk: `DEVICE#${body.deviceId}`, sk: `READING#${body.at}`, value: body.value };
}

async function handleMessage(message) {
  await ddb
    .send(new PutCommand({ TableName: process.env.READINGS_TABLE, Item: toItem(message) }))
    .catch(() => process.exit(2));
}

module.exports = { handleMessage };
