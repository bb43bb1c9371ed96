// Reading what clients send: the wrapper object of a JSON body, integers in the query string.
import { ValidationError } from '../services/index.js';

/** The object inside the body's wrapper, e.g. {"user": {...}} -> {...}. */
export function wrapped(req, key) {
  const inner = req.body?.[key];
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) {
    throw new ValidationError(`request body must be a JSON object with a '${key}' object`);
  }
  return inner;
}

/** An integer query parameter, or undefined when absent or empty. */
export function queryInt(req, name) {
  const raw = queryString(req, name);
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw.trim())) throw new ValidationError(`${name} must be an integer`);
  return Number(raw);
}

/** A string query parameter, or undefined when absent or empty. */
export function queryString(req, name) {
  let value = req.query[name];
  if (Array.isArray(value)) value = value.at(-1);
  return typeof value === 'string' && value !== '' ? value : undefined;
}
