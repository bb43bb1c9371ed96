import { ValidationError } from './errors.js';

const BLANK = "can't be blank";

function isFilled(value) {
  return typeof value === 'string' && value.trim() !== '';
}

/** The named fields, each a non-blank string; otherwise one ValidationError listing every gap. */
export function requiredStrings(input, ...names) {
  const errors = {};
  const values = {};
  for (const name of names) {
    if (isFilled(input[name])) values[name] = input[name];
    else errors[name] = [BLANK];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return values;
}

/** The named fields that are present; each present one must be a non-blank string. */
export function optionalStrings(input, ...names) {
  const errors = {};
  const values = {};
  for (const name of names) {
    if (input[name] === undefined) continue;
    if (isFilled(input[name])) values[name] = input[name];
    else errors[name] = [BLANK];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return values;
}

/** The named fields that are present; each may be a string or null (null clears it). */
export function optionalNullableStrings(input, ...names) {
  const errors = {};
  const values = {};
  for (const name of names) {
    if (input[name] === undefined) continue;
    if (input[name] === null || typeof input[name] === 'string') values[name] = input[name];
    else errors[name] = ['must be a string or null'];
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return values;
}

/** A tagList: absent means none; otherwise an array of strings, trimmed, blanks and repeats dropped. */
export function tagNames(value) {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) {
    throw new ValidationError({ tagList: ['must be an array of strings'] });
  }
  return [...new Set(value.map((name) => name.trim()).filter((name) => name !== ''))];
}

/** A page request: limit defaults to 20 and is at least 1; offset defaults to 0 and is not negative. */
export function pageOf({ limit, offset }) {
  const page = { limit: limit ?? 20, offset: offset ?? 0 };
  const errors = {};
  if (!Number.isInteger(page.limit) || page.limit < 1) errors.limit = ['must be an integer of at least 1'];
  if (!Number.isInteger(page.offset) || page.offset < 0) errors.offset = ['must be a non-negative integer'];
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return page;
}
