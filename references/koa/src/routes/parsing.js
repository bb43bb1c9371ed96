import { ValidationError } from '../services/errors.js';

/** The object inside the request's wrapper, e.g. {"user": {...}} gives {...}. */
export function wrapped(ctx, key) {
  const body = ctx.request.body;
  const inner = body !== null && typeof body === 'object' ? body[key] : undefined;
  if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) {
    throw new ValidationError(`request body must be an object with a '${key}' object`, {
      [key]: ["can't be blank"],
    });
  }
  return inner;
}

/** A query parameter (the first, if repeated); absent or empty gives undefined. */
export function queryString(ctx, name) {
  const raw = ctx.query[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === undefined || value === '' ? undefined : value;
}

/** An integer query parameter; anything but digits (with an optional sign) is a 422. */
export function queryInt(ctx, name) {
  const value = queryString(ctx, name);
  if (value === undefined) {
    return undefined;
  }
  if (!/^[+-]?\d+$/.test(value.trim())) {
    throw new ValidationError(`${name} must be an integer`, { [name]: ['must be an integer'] });
  }
  return Number.parseInt(value, 10);
}
