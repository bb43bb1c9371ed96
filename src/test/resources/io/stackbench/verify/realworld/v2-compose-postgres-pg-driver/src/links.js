import { nanoid } from 'nanoid';
import { pool } from './db.js';

export async function createLink(target) {
  const code = nanoid(7);
  await pool.query('INSERT INTO links (code, target) VALUES ($1, $2)', [code, target]);
  return code;
}

export async function resolve(code) {
  const { rows } = await pool.query(
    'UPDATE links SET hits = hits + 1 WHERE code = $1 RETURNING target',
    [code],
  );
  return rows[0]?.target ?? null;
}
