const { Router } = require('express');
const tagService = require('../services/tags');

const router = Router();

router.get('/', async (req, res, next) => {
  try {
    res.json(await tagService.listTags({ popular: req.query.sort === 'popular' }));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
