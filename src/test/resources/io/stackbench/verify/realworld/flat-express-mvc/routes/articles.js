const express = require('express');
const articles = require('../controllers/articles');

const router = express.Router();

router.get('/', articles.list);
router.post('/', articles.create);
router.get('/:slug', articles.show);
router.delete('/:slug', articles.remove);

module.exports = router;
