import { Router } from 'express';
import { AppDataSource } from '../data-source';
import { Ticket } from '../entity/Ticket';

const tickets = AppDataSource.getRepository(Ticket);
export const ticketRouter = Router();

ticketRouter.get('/', async (req, res) => {
  const open = await tickets.find({ where: { resolved: false }, order: { priority: 'DESC', openedAt: 'ASC' } });
  res.json(open);
});

ticketRouter.post('/:id/resolve', async (req, res) => {
  const ticket = await tickets.findOneBy({ id: Number(req.params.id) });
  if (!ticket) return res.sendStatus(404);
  ticket.resolved = true;
  res.json(await tickets.save(ticket));
});
