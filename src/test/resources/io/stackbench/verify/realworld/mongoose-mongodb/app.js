const express = require('express');
const mongoose = require('mongoose');
const config = require('./config');

require('./models/User');
require('./models/Article');

mongoose.connect(config.mongoUri);
if (process.env.NODE_ENV !== 'production') mongoose.set('debug', true);

const app = express();
app.use(express.json());
app.use(require('./routes'));

app.listen(process.env.PORT || 3000, () => console.log('Listening'));
