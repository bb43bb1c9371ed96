const express = require('express');
const cors = require('cors');
const episodes = require('./routes/episodes');

const app = express();
app.use(cors());
app.use('/api/episodes', episodes);

app.listen(process.env.PORT || 3000);
