// positive LW045: recipe service saves the Mongoose document, then sets recipe.tags from the auto-tagger in process.nextTick; the document is never saved again
const mongoose = require("mongoose");
const { autoTag } = require("./tagging");

const Recipe = mongoose.model(
  "Recipe",
  new mongoose.Schema(
    {
      authorId: String,
      title: String,
      ingredients: [String],
      steps: [String],
      tags: { type: [String], default: undefined },
    },
    { timestamps: true },
  ),
);

class RecipeService {
  async publish(authorId, draft) {
    const recipe = new Recipe({ authorId, title: draft.title, ingredients: draft.ingredients, steps: draft.steps });
    await recipe.save();

    process.nextTick(() => {
      recipe.tags = autoTag(recipe.title, recipe.ingredients);
    });

    return recipe;
  }

  async byTag(tag) {
    return Recipe.find({ tags: tag }).sort({ createdAt: -1 }).limit(30).lean();
  }
}

module.exports = { RecipeService, Recipe };
