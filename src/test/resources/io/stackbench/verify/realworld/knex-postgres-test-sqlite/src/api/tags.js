const { Router } = require('express');
const tagService = require('../services/tagService');

const router = Router();

router.get('/', async (req, res, next) => {
  try {
    res.json(await tagService.getTags({ popular: req.query.popular === 'true' }));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
