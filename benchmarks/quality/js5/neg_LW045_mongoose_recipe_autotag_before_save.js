// negative LW045: recipe service computes the tags before save(); the nextTick after the commit only emits an in-process event and does not touch the document
const mongoose = require("mongoose");
const { EventEmitter } = require("node:events");
const { autoTag } = require("./tagging");

const Recipe = mongoose.model(
  "Recipe",
  new mongoose.Schema(
    { authorId: String, title: String, ingredients: [String], steps: [String], tags: [String] },
    { timestamps: true },
  ),
);

const recipeEvents = new EventEmitter();

class RecipeService {
  async publish(authorId, draft) {
    const recipe = new Recipe({
      authorId,
      title: draft.title,
      ingredients: draft.ingredients,
      steps: draft.steps,
      tags: autoTag(draft.title, draft.ingredients),
    });
    await recipe.save();
    process.nextTick(() => recipeEvents.emit("published", { id: String(recipe._id), tags: recipe.tags }));
    return recipe;
  }
}

module.exports = { RecipeService, Recipe, recipeEvents };
