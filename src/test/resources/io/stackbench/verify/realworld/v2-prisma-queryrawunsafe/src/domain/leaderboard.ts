import * as scores from '../data/score-store';

export const GAMES = ['asteroids', 'galaga', 'pacman'] as const;
export type Game = (typeof GAMES)[number];

export class UnknownGameError extends Error {}

export function isGame(value: string): value is Game {
  return (GAMES as readonly string[]).includes(value);
}

export async function leaderboard(game: string, season?: number) {
  if (!isGame(game)) throw new UnknownGameError(game);
  const rows = await scores.topPlayers(game, season);
  return rows.map((row, i) => ({ rank: i + 1, ...row }));
}

export async function submit(playerId: number, game: string, season: number, points: number) {
  if (!isGame(game)) throw new UnknownGameError(game);
  if (points < 0 || points > 10_000_000) throw new RangeError('implausible score');
  return scores.recordScore(playerId, game, season, points);
}
