const express = require('express');
const episodeService = require('../services/episodeService');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    const episodes = req.query.tag || req.query.max
      ? await episodeService.browse(req.query)
      : await episodeService.homepage();
    res.json({ episodes });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
