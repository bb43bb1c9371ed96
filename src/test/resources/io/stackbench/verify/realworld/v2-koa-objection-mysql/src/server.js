const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
require('./db');
const events = require('./routes/events');

const app = new Koa();
app.use(bodyParser());
app.use(events.routes()).use(events.allowedMethods());

app.listen(process.env.PORT || 4000);
