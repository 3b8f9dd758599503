// positive LW002: a backfill script fires updateOne() per user without awaiting and then disconnects mongoose
import mongoose from "mongoose";
import { User } from "./models/user.mjs";

await mongoose.connect(process.env.MONGO_URL);

const cursor = User.find({ locale: { $exists: false } }).cursor();
for await (const user of cursor) {
  User.updateOne({ _id: user._id }, { $set: { locale: user.country === "FR" ? "fr-FR" : "en-US" } }).exec();
}

await mongoose.disconnect();
console.log("locale backfill finished");
