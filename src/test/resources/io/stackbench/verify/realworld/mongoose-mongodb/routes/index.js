const router = require('express').Router();

router.use('/api/articles', require('./api/articles'));
router.use('/api/tags', require('./api/tags'));

module.exports = router;
