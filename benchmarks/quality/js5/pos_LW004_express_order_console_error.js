// positive LW004: Express checkout route, the Sequelize Order.create failure is caught, console.error'd, and the route still answers 201 with the cart cleared
const express = require("express");
const { Sequelize, DataTypes } = require("sequelize");

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const Order = sequelize.define("Order", {
  customerId: DataTypes.STRING,
  items: DataTypes.JSONB,
  totalCents: DataTypes.INTEGER,
  status: DataTypes.STRING,
});

const carts = new Map();
const app = express();
app.use(express.json());

function priceOf(items) {
  return items.reduce((sum, it) => sum + it.unitCents * it.qty, 0);
}

app.post("/checkout", async (req, res) => {
  const customerId = req.get("x-customer-id");
  const items = carts.get(customerId) || [];
  if (items.length === 0) return res.status(400).json({ error: "cart is empty" });

  let order = null;
  try {
    order = await Order.create({ customerId, items, totalCents: priceOf(items), status: "placed" });
  } catch (err) {
    console.error("could not save order", err);
  }

  carts.delete(customerId);
  res.status(201).json({ orderId: order && order.id, totalCents: priceOf(items) });
});

app.listen(3000);
