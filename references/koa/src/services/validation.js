// Checks of the fields that clients send inside a request's wrapper object.
import { invalidFields } from './errors.js';

const isBlank = (value) => typeof value !== 'string' || value.trim() === '';

/** The named fields, each a non-blank string; a 422 lists every one that is not. */
export function requiredFields(data, ...names) {
  const values = {};
  const problems = {};
  for (const name of names) {
    if (isBlank(data[name])) {
      problems[name] = ["can't be blank"];
    } else {
      values[name] = data[name];
    }
  }
  if (Object.keys(problems).length > 0) {
    throw invalidFields(problems);
  }
  return values;
}

/**
 * Only the named fields that are present. They must be non-blank strings, except the
 * `nullable` ones, which may also be null or empty.
 */
export function optionalFields(data, names, { nullable = [] } = {}) {
  const values = {};
  const problems = {};
  for (const name of names) {
    if (!Object.hasOwn(data, name)) {
      continue;
    }
    const value = data[name];
    if (nullable.includes(name) && (value === null || typeof value === 'string')) {
      values[name] = value;
    } else if (isBlank(value)) {
      problems[name] = ["can't be blank"];
    } else {
      values[name] = value;
    }
  }
  if (Object.keys(problems).length > 0) {
    throw invalidFields(problems);
  }
  return values;
}

/** Tag names from a tagList: trimmed, without blanks or duplicates; absent means none. */
export function tagNames(value) {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) {
    throw invalidFields({ tagList: ['must be an array of strings'] });
  }
  return [...new Set(value.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

/** A paging parameter: undefined gives the default, otherwise an integer of at least `min`. */
export function pagingNumber(name, value, fallback, min) {
  if (value === undefined) {
    return fallback;
  }
  if (!Number.isInteger(value) || value < min) {
    throw invalidFields({ [name]: [`must be an integer of at least ${min}`] });
  }
  return value;
}
