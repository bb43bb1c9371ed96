// Checks of the fields a client sends inside a request's wrapper object ({"user": {...}}).
import { ValidationError } from './errors.js';

const isBlank = (value) => typeof value !== 'string' || value.trim() === '';

/** The named fields, each a non-blank string. */
export function requiredStrings(data, ...names) {
  const values = {};
  const problems = [];
  for (const name of names) {
    const value = data?.[name];
    if (isBlank(value)) {
      problems.push(`${name} can't be blank`);
    } else {
      values[name] = value;
    }
  }
  if (problems.length > 0) {
    throw new ValidationError(...problems);
  }
  return values;
}

/**
 * Only the named fields that are present: non-blank strings, or for the nullable ones a string
 * (possibly empty) or null.
 */
export function optionalStrings(data, names, { nullable = [] } = {}) {
  const values = {};
  const problems = [];
  for (const name of names) {
    if (data === null || typeof data !== 'object' || !Object.hasOwn(data, name) || data[name] === undefined) {
      continue;
    }
    const value = data[name];
    if (nullable.includes(name)) {
      if (value === null || typeof value === 'string') {
        values[name] = value;
      } else {
        problems.push(`${name} must be a string or null`);
      }
    } else if (isBlank(value)) {
      problems.push(`${name} can't be blank`);
    } else {
      values[name] = value;
    }
  }
  if (problems.length > 0) {
    throw new ValidationError(...problems);
  }
  return values;
}

/** A tag list: trimmed, without blanks and duplicates; absent or null means none. */
export function tagNames(value) {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) {
    throw new ValidationError('tagList must be an array of strings');
  }
  return [...new Set(value.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

export const DEFAULT_LIMIT = 20;

/** limit (default 20) and offset (default 0) of a list request. */
export function pageBounds({ limit, offset } = {}) {
  const bounds = { limit: limit ?? DEFAULT_LIMIT, offset: offset ?? 0 };
  if (!Number.isSafeInteger(bounds.limit) || bounds.limit < 0) {
    throw new ValidationError('limit must be a non-negative integer');
  }
  if (!Number.isSafeInteger(bounds.offset) || bounds.offset < 0) {
    throw new ValidationError('offset must be a non-negative integer');
  }
  return bounds;
}
