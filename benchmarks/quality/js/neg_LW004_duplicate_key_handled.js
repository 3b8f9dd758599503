// negative LW004: a duplicate-key error on create returns the existing user; every other error is rethrown
const { User } = require("./models");

async function registerUser(email, name) {
  try {
    return await User.create({ email, name });
  } catch (err) {
    if (err.code === 11000) {
      return User.findOne({ email });
    }
    throw err;
  }
}

module.exports = { registerUser };
