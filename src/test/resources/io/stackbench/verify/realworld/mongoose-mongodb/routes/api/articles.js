const router = require('express').Router();
const mongoose = require('mongoose');

const Article = mongoose.model('Article');

router.get('/', async (req, res, next) => {
  try {
    const query = req.query.tag ? { tagList: { $in: [req.query.tag] } } : {};
    const [articles, articlesCount] = await Promise.all([
      Article.find(query).limit(Number(req.query.limit) || 20).skip(Number(req.query.offset) || 0)
        .sort({ createdAt: 'desc' }).populate('author').exec(),
      Article.countDocuments(query).exec(),
    ]);
    res.json({ articles: articles.map((a) => a.toJSONFor()), articlesCount });
  } catch (err) {
    next(err);
  }
});

router.get('/:slug', async (req, res, next) => {
  try {
    const article = await Article.findOne({ slug: req.params.slug }).populate('author');
    if (!article) return res.sendStatus(404);
    return res.json({ article: article.toJSONFor() });
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
