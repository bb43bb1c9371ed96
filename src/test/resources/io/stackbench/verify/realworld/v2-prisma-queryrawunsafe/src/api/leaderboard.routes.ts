import { Router } from 'express';
import { leaderboard, submit, UnknownGameError } from '../domain/leaderboard';

export const leaderboardRoutes = Router();

leaderboardRoutes.get('/:game', async (req, res) => {
  const season = req.query.season ? Number(req.query.season) : undefined;
  try {
    res.json(await leaderboard(req.params.game, season));
  } catch (err) {
    if (err instanceof UnknownGameError) return res.status(404).json({ error: 'unknown game' });
    throw err;
  }
});

leaderboardRoutes.post('/:game/scores', async (req, res) => {
  const { playerId, season, points } = req.body;
  res.status(201).json(await submit(playerId, req.params.game, season, points));
});
