const router = require('express').Router();
const mongoose = require('mongoose');

const Article = mongoose.model('Article');

router.get('/', async (req, res, next) => {
  try {
    res.json({ tags: await Article.find().distinct('tagList') });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
