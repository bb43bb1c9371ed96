import { Router } from 'express';
import { ThreadNotFound, threadService } from '../services/thread.service';

export const threadController = Router();

threadController.get('/', async (req, res) => {
  res.json(await threadService.frontPage(req.query.locked === 'true'));
});

threadController.post('/:id/lock', async (req, res, next) => {
  try {
    res.json(await threadService.lock(Number(req.params.id)));
  } catch (err) {
    if (err instanceof ThreadNotFound) return res.status(404).json({ message: err.message });
    next(err);
  }
});
