// negative LW002: the backfill awaits every updateOne (collected with Promise.all) before mongoose.disconnect()
import mongoose from "mongoose";
import { User } from "./models/user.mjs";

await mongoose.connect(process.env.MONGO_URL);

const users = await User.find({ locale: { $exists: false } }).lean();
await Promise.all(
  users.map((user) =>
    User.updateOne({ _id: user._id }, { $set: { locale: user.country === "FR" ? "fr-FR" : "en-US" } }).exec(),
  ),
);

await mongoose.disconnect();
console.log(`locale backfill finished for ${users.length} users`);
