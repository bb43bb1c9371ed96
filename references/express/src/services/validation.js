// Checks of the fields that clients send inside a request's wrapper object.
import { ValidationError } from './errors.js';

const isBlank = (value) => typeof value !== 'string' || value.trim() === '';

/** The named fields, each a non-blank string; ValidationError listing every problem otherwise. */
export function requiredFields(data, ...names) {
  const values = {};
  const problems = [];
  for (const name of names) {
    if (isBlank(data?.[name])) problems.push(`${name} can't be blank`);
    else values[name] = data[name];
  }
  if (problems.length > 0) throw new ValidationError(...problems);
  return values;
}

/**
 * The named fields that are present; each must be a non-blank string, except the nullable ones,
 * which may also be null or empty.
 */
export function optionalFields(data, names, { nullable = [] } = {}) {
  const values = {};
  const problems = [];
  for (const name of names) {
    if (data == null || !Object.hasOwn(data, name) || data[name] === undefined) continue;
    const value = data[name];
    if (nullable.includes(name) && (value === null || typeof value === 'string')) values[name] = value;
    else if (typeof value !== 'string') problems.push(`${name} must be a string`);
    else if (isBlank(value)) problems.push(`${name} can't be blank`);
    else values[name] = value;
  }
  if (problems.length > 0) throw new ValidationError(...problems);
  return values;
}

/** tagList as distinct, trimmed, non-empty names; absent or null means none. */
export function tagNames(value) {
  if (value == null) return [];
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) {
    throw new ValidationError('tagList must be an array of strings');
  }
  return [...new Set(value.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

export const DEFAULT_LIMIT = 20;
// Beyond 32 bits a page bound means nothing and may not fit the database's integer type.
const MAX_BOUND = 2 ** 31 - 1;

/** limit (default 20, from 1) and offset (default 0, from 0) as integers. */
export function paging({ limit, offset } = {}) {
  const page = { limit: limit ?? DEFAULT_LIMIT, offset: offset ?? 0 };
  const problems = [];
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_BOUND) {
    problems.push(`limit must be an integer from 1 to ${MAX_BOUND}`);
  }
  if (!Number.isInteger(page.offset) || page.offset < 0 || page.offset > MAX_BOUND) {
    problems.push(`offset must be an integer from 0 to ${MAX_BOUND}`);
  }
  if (problems.length > 0) throw new ValidationError(...problems);
  return page;
}
