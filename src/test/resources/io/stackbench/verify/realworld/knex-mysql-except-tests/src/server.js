const express = require('express');
const articles = require('./routes/articles');

const app = express();
app.use(express.json());
app.use('/api/articles', articles);

if (require.main === module) {
  app.listen(process.env.PORT || 3000);
}

module.exports = app;
