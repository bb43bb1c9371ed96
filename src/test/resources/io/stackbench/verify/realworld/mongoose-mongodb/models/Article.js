const mongoose = require('mongoose');
const slug = require('slug');

const ArticleSchema = new mongoose.Schema({
  slug: { type: String, lowercase: true, unique: true },
  title: String,
  description: String,
  body: String,
  tagList: [{ type: String }],
  author: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
}, { timestamps: true });

ArticleSchema.pre('validate', function slugify(next) {
  if (!this.slug) {
    this.slug = `${slug(this.title)}-${((Math.random() * 36 ** 6) | 0).toString(36)}`;
  }
  next();
});

ArticleSchema.methods.toJSONFor = function toJSONFor() {
  return {
    slug: this.slug, title: this.title, description: this.description, body: this.body,
    tagList: this.tagList, createdAt: this.createdAt, updatedAt: this.updatedAt,
    author: this.author.toProfileJSONFor(),
  };
};

mongoose.model('Article', ArticleSchema);
