import { prisma } from './prisma';

export interface LeaderboardRow {
  handle: string;
  total: number;
}

export async function recordScore(playerId: number, game: string, season: number, points: number) {
  return prisma.score.create({ data: { playerId, game, season, points } });
}

export async function topPlayers(game: string, season?: number, limit = 10): Promise<LeaderboardRow[]> {
  let sql = `SELECT p.handle, SUM(s.points)::int AS total
             FROM scores s JOIN "Player" p ON p.id = s.player_id
             WHERE s.game = '${game}'`;
  if (season !== undefined) {
    sql += ` AND s.season = ${season}`;
  }
  sql += ` GROUP BY p.handle ORDER BY total DESC LIMIT ${limit}`;
  return prisma.$queryRawUnsafe<LeaderboardRow[]>(sql);
}
