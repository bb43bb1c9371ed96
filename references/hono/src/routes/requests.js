// Request parsing shared by the handlers.
import { HTTPException } from 'hono/http-exception';

/**
 * The object inside the request's envelope, e.g. {"user": {...}} -> {...}. The body is read as
 * text first: c.req.json() throws on an empty body, and a malformed one must be a 422, not a 500.
 */
export async function envelope(c, key) {
  const text = await c.req.text();
  let parsed;
  try {
    parsed = text.trim() === '' ? null : JSON.parse(text);
  } catch {
    throw new HTTPException(422, { message: 'request body is not valid JSON' });
  }
  const inner = parsed !== null && typeof parsed === 'object' ? parsed[key] : undefined;
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) {
    throw new HTTPException(422, { message: `request body must be an object with a "${key}" object` });
  }
  return inner;
}

/** An integer query parameter: undefined when absent or empty, NaN when not an integer. */
export function queryInt(c, name) {
  const raw = c.req.query(name);
  if (raw === undefined || raw.trim() === '') return undefined;
  return /^\s*-?\d+\s*$/.test(raw) ? Number.parseInt(raw, 10) : Number.NaN;
}

/** A string query parameter: undefined when absent or empty. */
export function queryString(c, name) {
  const value = c.req.query(name);
  return value === undefined || value === '' ? undefined : value;
}
