const Router = require('@koa/router');
const Event = require('../models/Event');
const Ticket = require('../models/Ticket');

const router = new Router({ prefix: '/events' });

router.get('/', async (ctx) => {
  ctx.body = await Event.query().modify('upcoming').withGraphFetched('tickets').limit(50);
});

router.post('/:id/tickets', async (ctx) => {
  const event = await Event.query().findById(ctx.params.id);
  ctx.assert(event, 404, 'event not found');
  ctx.status = 201;
  ctx.body = await Ticket.query().insert({ event_id: event.id, holder_email: ctx.request.body.email });
});

module.exports = router;
