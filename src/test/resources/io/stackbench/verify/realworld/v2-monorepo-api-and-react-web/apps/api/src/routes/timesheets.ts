import { Router } from 'express';
import { type TimesheetService, UnknownProjectError } from '../services/timesheetService';

export function timesheetRoutes(service: () => TimesheetService) {
  const router = Router();

  router.get('/:person/weeks/:monday', async (req, res) => {
    res.json(await service().week(req.params.person, req.params.monday));
  });

  router.post('/:person/entries', async (req, res) => {
    try {
      const { project, day, minutes } = req.body;
      res.status(201).json(await service().log(req.params.person, project, day, minutes));
    } catch (err) {
      if (err instanceof UnknownProjectError) return res.status(404).json({ error: 'unknown project' });
      if (err instanceof RangeError) return res.status(422).json({ error: err.message });
      throw err;
    }
  });

  return router;
}
