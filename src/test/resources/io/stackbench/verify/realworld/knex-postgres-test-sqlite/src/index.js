const express = require('express');
const tags = require('./api/tags');

const app = express();
app.use(express.json());
app.use('/api/tags', tags);

if (require.main === module) {
  app.listen(process.env.PORT || 3000);
}

module.exports = app;
