#!/usr/bin/env node
// StackBench behavioural suite generator.
//
// Writes the Postman Collection v2.1 that newman runs against a generated Conduit API:
//   src/main/resources/io/stackbench/contract/stackbench-conduit.postman_collection.json
//
//   node suite/build-suite.mjs           regenerate the collection
//   node suite/build-suite.mjs --check   exit 1 if the committed collection is out of date
//
// The behaviour being checked is documented in docs/conduit-behaviour.md. Every request's test
// script calls the same pm.test()s whatever the server answers (each test fails on its own when
// its data is missing), so the assertion total is the same for every server and
// passed/total is a meaningful score.
//
// Node 20, no dependencies. Output is deterministic: same source, byte-identical file.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const CONTRACT_DIR = path.join(ROOT, 'src/main/resources/io/stackbench/contract');
const OUT = path.join(CONTRACT_DIR, 'stackbench-conduit.postman_collection.json');
const CONTRACT = path.join(CONTRACT_DIR, 'conduit-openapi.yml');
const SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const FIRST_REQUEST = 'GET /health-check';

// ---------------------------------------------------------------------------------------------
// Run state.
//
// The collection pre-request script (INIT_SCRIPT) derives a per-run suffix RUN and the names
// below; requests capture tokens, slugs and comment ids into the "state" variables. Until a
// capture succeeds a state variable holds "unset-<name>", so a request that depends on a failed
// earlier step fails with a clear 401/404 instead of hitting a different endpoint.
// ---------------------------------------------------------------------------------------------

const NAME_VARS = [
  'RUN',
  'usernameA', 'emailA', 'passwordA',
  'usernameB', 'emailB', 'passwordB',
  'usernameC', 'emailC', 'passwordC', 'emailCnew', 'passwordCnew',
];
const STATE_VARS = [
  'tokenA', 'tokenB', 'tokenC', 'tokenForged',
  'slugA1', 'slugA2', 'slugA3', 'slugC1', 'slugD',
  'createdAtA1', 'commentB', 'commentA',
];

const INIT_SCRIPT = `// StackBench: per-run unique names, so the suite can be re-run against the same server.
// Runs before every request; (re)initialises on the first request or when nothing is set yet.
(function initRun() {
  const cv = pm.collectionVariables;
  if (cv.get('RUN') && pm.info.requestName !== ${JSON.stringify(FIRST_REQUEST)}) return;
  const run = (Date.now().toString(36).slice(-6) + Math.random().toString(36).slice(2, 6)).padEnd(10, '0');
  const given = (name) => {
    const value = pm.variables.get(name);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  const emailWithRun = (email, fallbackLocal) => {
    const at = email ? email.lastIndexOf('@') : -1;
    return at > 0 ? email.slice(0, at) + run + email.slice(at) : fallbackLocal + run + '@example.com';
  };
  const names = {
    RUN: run,
    usernameA: (given('USERNAME') || 'author') + run,
    emailA: emailWithRun(given('EMAIL'), 'author'),
    passwordA: given('PASSWORD') || 'Author-Passw0rd',
    usernameB: 'reader' + run,
    emailB: 'reader' + run + '@example.com',
    passwordB: 'Reader-Passw0rd',
    usernameC: 'critic' + run,
    emailC: 'critic' + run + '@example.com',
    passwordC: 'Critic-Passw0rd',
    emailCnew: 'critic' + run + 'new@example.com',
    passwordCnew: 'Critic-Passw0rd-2',
  };
  Object.keys(names).forEach((key) => cv.set(key, names[key]));
  ${JSON.stringify(STATE_VARS)}.forEach((key) => cv.set(key, 'unset-' + key));
})();`;

// ---------------------------------------------------------------------------------------------
// Sandbox library: helper functions available to test scripts. Each test script gets the
// header below plus only the helpers it uses (found by name, dependencies included).
// ---------------------------------------------------------------------------------------------

const SCRIPT_HEADER = `const status = pm.response.code;
let body;
try { body = pm.response.json(); } catch (e) { body = undefined; }`;

const LIB = {
  v: `function v(name) { return pm.collectionVariables.get(name); }`,
  tpl: `function tpl(text) { return pm.variables.replaceIn(text); }`,
  dig: `function dig(obj, path, label) {
  let cur = obj;
  for (const key of String(path).split('.')) {
    if (key === '') continue;
    if (cur === null || typeof cur !== 'object' || !(key in cur)) {
      throw new Error((label || 'response body') + ' has no "' + path + '" (HTTP ' + status + ', body: ' +
        String(JSON.stringify(body)).slice(0, 200) + ')');
    }
    cur = cur[key];
  }
  return cur;
}`,
  get: `function get(path) { return dig(body, path, 'response body'); }`,
  keep: `function keep(name, path) {
  try {
    const value = dig(body, path);
    if (value !== undefined && value !== null && String(value) !== '') pm.collectionVariables.set(name, String(value));
  } catch (e) { /* keep the previous value */ }
}`,
  forge: `function forge(token) {
  const parts = String(token).split('.');
  if (parts.length === 3 && parts[2].length > 0) {
    parts[2] = (parts[2][0] === 'A' ? 'B' : 'A').repeat(parts[2].length);
    return parts.join('.');
  }
  return String(token) + 'forged';
}`,
  list: `function list(path) {
  const items = get(path);
  pm.expect(items, path).to.be.an('array');
  return items;
}`,
  expectStrOrNull: `function expectStrOrNull(value, what) {
  pm.expect(value === null || typeof value === 'string', what + ' should be a string or null, got ' + JSON.stringify(value)).to.equal(true);
}`,
  expectInt: `function expectInt(value, what) {
  pm.expect(Number.isInteger(value), what + ' should be an integer, got ' + JSON.stringify(value)).to.equal(true);
}`,
  expectIso: `function expectIso(value, what) {
  pm.expect(value, what).to.be.a('string');
  pm.expect(value, what + ' (ISO 8601 date-time)').to.match(/^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}(:?\\d{2})?)?$/);
  pm.expect(Number.isNaN(Date.parse(value)), what + ' should parse as a date').to.equal(false);
}`,
  expectProfile: `function expectProfile(p, what) {
  pm.expect(p, what).to.be.an('object');
  pm.expect(p.username, what + '.username').to.be.a('string').that.is.not.empty;
  pm.expect(p, what).to.have.property('bio');
  pm.expect(p, what).to.have.property('image');
  expectStrOrNull(p.bio, what + '.bio');
  expectStrOrNull(p.image, what + '.image');
  pm.expect(p.following, what + '.following').to.be.a('boolean');
}`,
  expectArticle: `function expectArticle(a, what, withBody) {
  pm.expect(a, what).to.be.an('object');
  pm.expect(a.slug, what + '.slug').to.be.a('string').that.is.not.empty;
  pm.expect(a.title, what + '.title').to.be.a('string');
  pm.expect(a.description, what + '.description').to.be.a('string');
  if (withBody) pm.expect(a.body, what + '.body').to.be.a('string');
  pm.expect(a.tagList, what + '.tagList').to.be.an('array');
  a.tagList.forEach((tag, i) => pm.expect(tag, what + '.tagList[' + i + ']').to.be.a('string'));
  expectIso(a.createdAt, what + '.createdAt');
  expectIso(a.updatedAt, what + '.updatedAt');
  pm.expect(a.favorited, what + '.favorited').to.be.a('boolean');
  expectInt(a.favoritesCount, what + '.favoritesCount');
  pm.expect(a.favoritesCount, what + '.favoritesCount').to.be.at.least(0);
  expectProfile(a.author, what + '.author');
}`,
  expectComment: `function expectComment(c, what) {
  pm.expect(c, what).to.be.an('object');
  expectInt(c.id, what + '.id');
  pm.expect(c.body, what + '.body').to.be.a('string');
  expectIso(c.createdAt, what + '.createdAt');
  expectIso(c.updatedAt, what + '.updatedAt');
  expectProfile(c.author, what + '.author');
}`,
  sameSet: `function sameSet(actual, expected, what) {
  pm.expect(actual, what).to.be.an('array');
  pm.expect(actual.slice().sort(), what + ' (as a set)').to.eql(expected.slice().sort());
}`,
  slugsOf: `function slugsOf(items) { return items.map((a) => (a && typeof a === 'object' ? a.slug : a)); }`,
  expectNewestFirst: `function expectNewestFirst(items, minLength) {
  pm.expect(items.length, 'number of articles').to.be.at.least(minLength);
  const times = items.map((a, i) => {
    const t = Date.parse(a && a.createdAt);
    if (Number.isNaN(t)) throw new Error('articles[' + i + '].createdAt is not a date: ' + JSON.stringify(a && a.createdAt));
    return t;
  });
  for (let i = 1; i < times.length; i++) {
    pm.expect(times[i - 1] >= times[i], 'articles[' + (i - 1) + '] should not be older than articles[' + i + ']').to.equal(true);
  }
}`,
};

/** The helpers a piece of sandbox code needs, in LIB order, with their dependencies. */
function helpersFor(code) {
  const uses = (src, name) => new RegExp(`(^|[^.\\w])${name}\\b`).test(src);
  const needed = new Set();
  let frontier = code;
  for (;;) {
    const found = Object.keys(LIB).filter((name) => !needed.has(name) && uses(frontier, name));
    if (found.length === 0) break;
    found.forEach((name) => needed.add(name));
    frontier = found.map((name) => LIB[name]).join('\n');
  }
  return Object.keys(LIB).filter((name) => needed.has(name)).map((name) => LIB[name]);
}

// ---------------------------------------------------------------------------------------------
// Generator-side building blocks.
// ---------------------------------------------------------------------------------------------

/** A test: the text after "<request title> → " and the sandbox code of its body. */
const t = (check, code) => ({ check, code });
const js = (value) => (typeof value === 'string'
  ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
  : JSON.stringify(value));
/** Sandbox expression for a string that may hold {{variables}}. */
const tx = (text) => (/\{\{/.test(text) ? `tpl(${js(text)})` : js(text));

const USERS = {
  A: { who: '<author>' },
  B: { who: '<reader>' },
  C: { who: '<critic>' },
};
const TAG_X = 'dragons{{RUN}}';
const TAG_Y = 'training{{RUN}}';
const UNKNOWN_USER = 'nobody{{RUN}}';
const UNKNOWN_SLUG = 'no-such-article-{{RUN}}';
const UNKNOWN_TAG = 'notag{{RUN}}';
const UNKNOWN_COMMENT_ID = '987654321';
const GARBAGE_TOKEN = 'not-a.valid-jwt.token';

// Articles created by the suite, in creation order (A1, A2, A3 by the author, C1 by the critic,
// D by the author in the cleanup folder). <x> placeholders name them in test names.
const ARTICLES = {
  A1: {
    by: 'A', who: '<a1>',
    title: 'How to train your dragon {{RUN}}',
    description: 'Ever wonder how?',
    body: 'You have to believe in the dragon.',
    tagList: [TAG_X, TAG_Y],
  },
  A2: {
    by: 'A', who: '<a2>',
    title: 'How to tame a lion {{RUN}}',
    description: 'Lions are cats too',
    body: 'Patience, and a lot of meat.',
    tagList: [TAG_X],
  },
  A3: {
    by: 'A', who: '<a3>',
    title: 'Untagged notes {{RUN}}',
    description: 'Nothing to tag here',
    body: 'Plain text without tags.',
    tagList: null, // sent without a tagList: the response must carry an empty one
  },
  C1: {
    by: 'C', who: '<c1>',
    title: 'A critic reviews dragons {{RUN}}',
    description: 'Two stars',
    body: 'The dragon was fine, the training was not.',
    tagList: [TAG_X],
  },
  D: {
    by: 'A', who: '<d>',
    title: 'Doomed article {{RUN}}',
    description: 'Will be deleted',
    body: 'Short-lived.',
    tagList: [],
  },
};
const A1_UPDATE = { title: 'How to train your dragon, revised {{RUN}}', body: 'You have to believe, and to practise.' };
const A2_UPDATE = { description: 'Lions are big cats' };
const USER_A_UPDATE = { bio: 'I write about dragons ({{RUN}})', image: 'https://example.com/avatars/{{RUN}}.png' };

// --- common assertion groups ------------------------------------------------------------------

const status = (code) => t(`${code}`, `pm.expect(status, 'HTTP status').to.equal(${code});`);
const statusOneOf = (codes) => t(codes.join(' or '), `pm.expect(status, 'HTTP status').to.be.oneOf(${js(codes)});`);
const errorsObject = () => t('body has an errors object',
  `pm.expect(get('errors'), 'errors').to.be.an('object');`);
const unprocessable = () => [status(422), errorsObject()];

const userShape = () => [
  t('user.email, user.username and user.token are non-empty strings',
    `const u = get('user');
for (const key of ['email', 'username', 'token']) pm.expect(u[key], 'user.' + key).to.be.a('string').that.is.not.empty;`),
  t('user.bio and user.image are present (string or null)',
    `const u = get('user');
for (const key of ['bio', 'image']) {
  pm.expect(u, 'user').to.have.property(key);
  expectStrOrNull(u[key], 'user.' + key);
}`),
];

const profileShape = (p = 'profile') => [
  t(`${p}.username is a non-empty string`,
    `pm.expect(get(${js(p + '.username')}), ${js(p + '.username')}).to.be.a('string').that.is.not.empty;`),
  t(`${p}.bio and ${p}.image are present (string or null)`,
    `expectStrOrNull(get(${js(p + '.bio')}), ${js(p + '.bio')});
expectStrOrNull(get(${js(p + '.image')}), ${js(p + '.image')});`),
  t(`${p}.following is a boolean`,
    `pm.expect(get(${js(p + '.following')}), ${js(p + '.following')}).to.be.a('boolean');`),
];

const articleShape = () => [
  t('article.slug is a non-empty string',
    `pm.expect(get('article.slug'), 'article.slug').to.be.a('string').that.is.not.empty;`),
  t('article.title, article.description and article.body are strings',
    `for (const key of ['title', 'description', 'body']) pm.expect(get('article.' + key), 'article.' + key).to.be.a('string');`),
  t('article.tagList is an array of strings',
    `const tags = list('article.tagList');
tags.forEach((tag, i) => pm.expect(tag, 'article.tagList[' + i + ']').to.be.a('string'));`),
  t('article.createdAt and article.updatedAt are ISO 8601 date-times',
    `expectIso(get('article.createdAt'), 'article.createdAt');
expectIso(get('article.updatedAt'), 'article.updatedAt');`),
  t('article.favorited is a boolean and article.favoritesCount a non-negative integer',
    `pm.expect(get('article.favorited'), 'article.favorited').to.be.a('boolean');
expectInt(get('article.favoritesCount'), 'article.favoritesCount');
pm.expect(get('article.favoritesCount'), 'article.favoritesCount').to.be.at.least(0);`),
  t('article.author is a profile (username, bio, image, following)',
    `expectProfile(get('article.author'), 'article.author');`),
];

const commentShape = () => [
  t('comment.id is an integer', `expectInt(get('comment.id'), 'comment.id');`),
  t('comment.body is a string, comment.createdAt and comment.updatedAt are ISO 8601 date-times',
    `pm.expect(get('comment.body'), 'comment.body').to.be.a('string');
expectIso(get('comment.createdAt'), 'comment.createdAt');
expectIso(get('comment.updatedAt'), 'comment.updatedAt');`),
  t('comment.author is a profile (username, bio, image, following)',
    `expectProfile(get('comment.author'), 'comment.author');`),
];

/** Shape of {articles, articlesCount}; minLength: how many articles the page must hold at least. */
const listShape = (minLength) => [
  t('articles is an array and articlesCount an integer',
    `list('articles');
expectInt(get('articlesCount'), 'articlesCount');`),
  t(`every listed article has the list-article shape (slug, title, description, tagList, dates, favorited, favoritesCount, author)${minLength > 0 ? ` and there are at least ${minLength}` : ''}`,
    `const items = list('articles');
pm.expect(items.length, 'number of articles').to.be.at.least(${minLength});
items.forEach((a, i) => expectArticle(a, 'articles[' + i + ']', false));`),
];

const equals = (check, pathExpr, expected) =>
  t(check, `pm.expect(get(${js(pathExpr)}), ${js(pathExpr)}).to.equal(${expected});`);
const isTrue = (pathExpr) => equals(`${pathExpr} is true`, pathExpr, 'true');
const isFalse = (pathExpr) => equals(`${pathExpr} is false`, pathExpr, 'false');
const favoriteState = (favorited, count) => [
  equals(`article.favorited is ${favorited}`, 'article.favorited', `${favorited}`),
  equals(`article.favoritesCount equals ${count}`, 'article.favoritesCount', `${count}`),
];

const articlesCount = (n) => equals(`articlesCount equals ${n}`, 'articlesCount', `${n}`);
const pageLength = (n) => t(`articles holds ${n} article${n === 1 ? '' : 's'}`,
  `pm.expect(list('articles').length, 'articles.length').to.equal(${n});`);
const slugOrder = (keys) => t(
  keys.length === 1 ? `articles is exactly [${ARTICLES[keys[0]].who}]` : `articles are exactly ${keys.map((k) => ARTICLES[k].who).join(', ')} in this order`,
  `pm.expect(slugsOf(list('articles')), 'slugs of the listed articles').to.eql([${keys.map((k) => `v('slug${k}')`).join(', ')}]);`);
const newestFirst = (minLength) => t('articles are ordered newest first (createdAt descending)',
  `expectNewestFirst(list('articles'), ${minLength});`);
const everyArticle = (check, expr) => t(check,
  `const items = list('articles');
pm.expect(items.length, 'number of articles').to.be.at.least(1);
items.forEach((a, i) => {
  const where = 'articles[' + i + ']';
  ${expr}
});`);

// --- requests -------------------------------------------------------------------------------

// Dependencies between requests. Each item records, in a "stackbench" field that newman ignores,
// the state variables it captures (sets) and those it uses (in its URL, headers, body or test
// script), so StackBench can tell a failure caused by an earlier failed request from a root
// failure. Run-wide constants (APIURL, and the NAME_VARS the collection pre-request script sets)
// are not dependencies. Found in the generated text, so a new capture or use cannot be missed.

const RUN_CONSTANTS = ['APIURL', ...NAME_VARS];
const matchesOf = (text, pattern) => [...text.matchAll(pattern)].map((m) => m[1]);
const distinctSorted = (names) => [...new Set(names)].sort();

function dependencies(title, httpRequest, script) {
  const captures = matchesOf(script, /(?:\bkeep|pm\.collectionVariables\.set)\('(\w+)'/g);
  const read = [
    ...matchesOf(JSON.stringify(httpRequest), /\{\{(\w+)\}\}/g),
    // a script reading what the same request has just captured does not depend on an earlier one
    ...[...matchesOf(script, /\{\{(\w+)\}\}/g), ...matchesOf(script, /(?:\bv|pm\.collectionVariables\.get)\('(\w+)'\)/g)]
      .filter((name) => !captures.includes(name)),
  ];
  const unknown = [...captures, ...read].filter((name) => !STATE_VARS.includes(name) && !RUN_CONSTANTS.includes(name));
  if (unknown.length) throw new Error(`${title}: unknown variable(s) ${distinctSorted(unknown).join(', ')}`);
  const capturedConstants = captures.filter((name) => !STATE_VARS.includes(name));
  if (capturedConstants.length) throw new Error(`${title}: captures run-wide constant(s) ${capturedConstants.join(', ')}`);
  return { captures: distinctSorted(captures), uses: distinctSorted(read.filter((name) => STATE_VARS.includes(name))) };
}

/** Fails unless request names are unique (results are matched to items by name) and every use follows a capture. */
function checkDependencies(items) {
  const names = new Set();
  const captured = new Set();
  const walk = (list) => list.forEach((item) => {
    if (item.item) return walk(item.item);
    if (names.has(item.name)) throw new Error(`duplicate request name: ${item.name}`);
    names.add(item.name);
    const early = item.stackbench.uses.filter((name) => !captured.has(name));
    if (early.length) throw new Error(`${item.name}: uses ${early.join(', ')} before any request captures it`);
    item.stackbench.captures.forEach((name) => captured.add(name));
  });
  walk(items);
}

const testNames = new Set();
const requests = [];

/**
 * One request item. `as`: 'A' | 'B' | 'C' (that user's token), 'garbage' (malformed token),
 * 'forged' (the reader's JWT with a broken signature) or undefined (no Authorization header).
 */
function request(title, { method = 'GET', path: urlPath, query = [], as, body, tests, keep = {}, after = '' }) {
  if (!tests || tests.length === 0) throw new Error(`${title}: no tests`);
  const header = [];
  if (body !== undefined) header.push({ key: 'Content-Type', value: 'application/json' });
  if (as) {
    const token = { A: '{{tokenA}}', B: '{{tokenB}}', C: '{{tokenC}}', garbage: GARBAGE_TOKEN, forged: '{{tokenForged}}' }[as];
    if (!token) throw new Error(`${title}: unknown auth ${as}`);
    header.push({ key: 'Authorization', value: `Token ${token}` });
  }
  const names = tests.map(({ check }) => `${title} → ${check}`);
  for (const name of names) {
    if (testNames.has(name)) throw new Error(`duplicate test name: ${name}`);
    testNames.add(name);
  }
  const calls = tests.map(({ code }, i) =>
    `pm.test(${js(names[i])}, function () {\n${code.replace(/^/gm, '  ')}\n});`);
  const captures = Object.entries(keep).map(([name, p]) => `keep(${js(name)}, ${js(p)});`);
  const tail = [...captures, after].filter(Boolean).join('\n');
  const own = [calls.join('\n'), tail].filter(Boolean).join('\n\n');
  const script = [SCRIPT_HEADER, ...helpersFor(own), '', own].join('\n');

  const queryString = query.map(([k, val]) => `${k}=${val}`).join('&');
  const item = {
    name: title,
    event: [{ listen: 'test', script: { type: 'text/javascript', exec: script.split('\n') } }],
    request: {
      method,
      header,
      ...(body !== undefined ? { body: { mode: 'raw', raw: JSON.stringify(body, null, 2), options: { raw: { language: 'json' } } } } : {}),
      url: {
        raw: `{{APIURL}}${urlPath}${queryString ? `?${queryString}` : ''}`,
        host: ['{{APIURL}}'],
        path: urlPath.split('/').filter(Boolean),
        ...(query.length ? { query: query.map(([key, value]) => ({ key, value })) } : {}),
      },
    },
  };
  item.stackbench = dependencies(title, item.request, script);
  requests.push({ title, method, urlPath, tests: tests.length });
  return item;
}

const folder = (name, description, items) => ({ name, description, item: items.flat() });

/** The three unauthenticated variants of a protected request: no token, malformed, forged. */
function unauthorized(title, opts) {
  return [
    request(`${title} without token`, { ...opts, as: undefined, tests: [status(401)] }),
    request(`${title} with malformed token`, { ...opts, as: 'garbage', tests: [status(401)] }),
    request(`${title} with forged token`, { ...opts, as: 'forged', tests: [status(401)] }),
  ];
}

const notFound = (title, opts) => request(title, { ...opts, tests: [status(404)] });

// --- Auth -------------------------------------------------------------------------------------

const credentials = (X) => ({ username: `{{username${X}}}`, email: `{{email${X}}}`, password: `{{password${X}}}` });
const sameUser = (X, field) => equals(`user.${field} equals the ${field} of ${USERS[X].who}`, `user.${field}`, `v('${field}${X}')`);
// the reader's forged token is derived once the reader has a real one
const forgeAfter = (X) => (X === 'B' ? `pm.collectionVariables.set('tokenForged', forge(pm.collectionVariables.get('tokenB')));` : '');

const register = (X) => request(`POST /users register ${USERS[X].who}`, {
  method: 'POST', path: '/users',
  body: { user: credentials(X) },
  tests: [status(201), ...userShape(), sameUser(X, 'username'), sameUser(X, 'email')],
  keep: { [`token${X}`]: 'user.token' }, after: forgeAfter(X),
});

const login = (X) => request(`POST /users/login as ${USERS[X].who}`, {
  method: 'POST', path: '/users/login',
  body: { user: { email: `{{email${X}}}`, password: `{{password${X}}}` } },
  tests: [status(200), ...userShape(), sameUser(X, 'username'), sameUser(X, 'email')],
  keep: { [`token${X}`]: 'user.token' }, after: forgeAfter(X),
});

const validUser = (n) => ({ username: `invalid${n}{{RUN}}`, email: `invalid${n}{{RUN}}@example.com`, password: 'Invalid-Passw0rd' });
const without = (obj, key) => Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key));
const INVALID_REGISTRATIONS = [
  ['missing username', without(validUser(1), 'username')],
  ['missing email', without(validUser(2), 'email')],
  ['missing password', without(validUser(3), 'password')],
  ['empty username', { ...validUser(4), username: '' }],
  ['empty email', { ...validUser(5), email: '' }],
  ['empty password', { ...validUser(6), password: '' }],
  ['duplicate username', { ...validUser(7), username: '{{usernameA}}' }],
  ['duplicate email', { ...validUser(8), email: '{{emailA}}' }],
];

const auth = folder('Auth', 'Registration, login, current user and its update (CreateUser, Login, GetCurrentUser, UpdateCurrentUser).', [
  register('A'), register('B'), register('C'),
  INVALID_REGISTRATIONS.map(([what, user]) => request(`POST /users ${what}`, {
    method: 'POST', path: '/users', body: { user }, tests: unprocessable(),
  })),
  login('A'), login('B'), login('C'),
  request('POST /users/login wrong password', {
    method: 'POST', path: '/users/login', body: { user: { email: '{{emailA}}', password: 'wrong-{{passwordA}}' } },
    tests: [statusOneOf([401, 422])],
  }),
  request('POST /users/login unknown email', {
    method: 'POST', path: '/users/login', body: { user: { email: 'unknown{{RUN}}@example.com', password: '{{passwordA}}' } },
    tests: [statusOneOf([401, 422])],
  }),
  request('GET /user as <author>', {
    path: '/user', as: 'A',
    tests: [status(200), ...userShape(), sameUser('A', 'username'), sameUser('A', 'email')],
  }),
  unauthorized('GET /user', { path: '/user' }),
  request('PUT /user as <author> (bio, image)', {
    method: 'PUT', path: '/user', as: 'A', body: { user: USER_A_UPDATE },
    tests: [
      status(200), ...userShape(),
      equals('user.bio equals the new bio', 'user.bio', tx(USER_A_UPDATE.bio)),
      equals('user.image equals the new image', 'user.image', tx(USER_A_UPDATE.image)),
      equals('user.username is unchanged', 'user.username', `v('usernameA')`),
      equals('user.email is unchanged', 'user.email', `v('emailA')`),
    ],
  }),
  request('GET /user as <author> after update', {
    path: '/user', as: 'A',
    tests: [
      status(200),
      equals('user.bio is the updated bio', 'user.bio', tx(USER_A_UPDATE.bio)),
      equals('user.image is the updated image', 'user.image', tx(USER_A_UPDATE.image)),
    ],
  }),
  unauthorized('PUT /user', { method: 'PUT', path: '/user', body: { user: { bio: 'not allowed' } } }),
  request('PUT /user as <critic> (email, password)', {
    method: 'PUT', path: '/user', as: 'C', body: { user: { email: '{{emailCnew}}', password: '{{passwordCnew}}' } },
    tests: [
      status(200), ...userShape(),
      equals('user.email equals the new email', 'user.email', `v('emailCnew')`),
      equals('user.username is unchanged', 'user.username', `v('usernameC')`),
    ],
    keep: { tokenC: 'user.token' },
  }),
  request('POST /users/login as <critic> with the new email and password', {
    method: 'POST', path: '/users/login', body: { user: { email: '{{emailCnew}}', password: '{{passwordCnew}}' } },
    tests: [
      status(200), ...userShape(),
      equals('user.email equals the new email', 'user.email', `v('emailCnew')`),
      equals('user.username equals the username of <critic>', 'user.username', `v('usernameC')`),
    ],
    keep: { tokenC: 'user.token' },
  }),
  request('POST /users/login as <critic> with the old password', {
    method: 'POST', path: '/users/login', body: { user: { email: '{{emailCnew}}', password: '{{passwordC}}' } },
    tests: [statusOneOf([401, 422])],
  }),
  request('POST /users/login as <critic> with the old email', {
    method: 'POST', path: '/users/login', body: { user: { email: '{{emailC}}', password: '{{passwordCnew}}' } },
    tests: [statusOneOf([401, 422])],
  }),
]);

// --- Profiles -------------------------------------------------------------------------------

const profileOfA = '/profiles/{{usernameA}}';
const profileIsA = equals('profile.username equals the username of <author>', 'profile.username', `v('usernameA')`);

const profiles = folder('Profiles', 'Profiles and following (GetProfileByUsername, FollowUserByUsername, UnfollowUserByUsername).', [
  request('GET /profiles/<author> anonymous', {
    path: profileOfA,
    tests: [
      status(200), ...profileShape(), profileIsA,
      equals('profile.bio is the updated bio of <author>', 'profile.bio', tx(USER_A_UPDATE.bio)),
      equals('profile.image is the updated image of <author>', 'profile.image', tx(USER_A_UPDATE.image)),
      isFalse('profile.following'),
    ],
  }),
  request('GET /profiles/<author> as <reader> before following', {
    path: profileOfA, as: 'B', tests: [status(200), isFalse('profile.following')],
  }),
  notFound('GET /profiles/<unknown user>', { path: `/profiles/${UNKNOWN_USER}` }),
  // the unauthenticated attempts come before the real follow, so a server that wrongly accepted
  // the forged (reader's) token would change nothing the later tests rely on
  unauthorized('POST /profiles/<author>/follow', { method: 'POST', path: `${profileOfA}/follow` }),
  unauthorized('DELETE /profiles/<author>/follow', { method: 'DELETE', path: `${profileOfA}/follow` }),
  notFound('POST /profiles/<unknown user>/follow as <reader>', { method: 'POST', path: `/profiles/${UNKNOWN_USER}/follow`, as: 'B' }),
  notFound('DELETE /profiles/<unknown user>/follow as <reader>', { method: 'DELETE', path: `/profiles/${UNKNOWN_USER}/follow`, as: 'B' }),
  request('POST /profiles/<author>/follow as <reader>', {
    method: 'POST', path: `${profileOfA}/follow`, as: 'B',
    tests: [status(200), ...profileShape(), profileIsA, isTrue('profile.following')],
  }),
  request('GET /profiles/<author> as <reader> after following', {
    path: profileOfA, as: 'B', tests: [status(200), profileIsA, isTrue('profile.following')],
  }),
  request('GET /profiles/<author> as <critic> (not following)', {
    path: profileOfA, as: 'C', tests: [status(200), isFalse('profile.following')],
  }),
  request('GET /profiles/<author> anonymous after <reader> followed', {
    path: profileOfA, tests: [status(200), isFalse('profile.following')],
  }),
  request('GET /profiles/<reader> as <author> (following is one-way)', {
    path: '/profiles/{{usernameB}}', as: 'A',
    tests: [status(200), equals('profile.username equals the username of <reader>', 'profile.username', `v('usernameB')`), isFalse('profile.following')],
  }),
]);

// --- Articles -------------------------------------------------------------------------------

const articlePath = (key) => `/articles/{{slug${key}}}`;
const articleBody = (a) => ({ title: a.title, description: a.description, body: a.body, ...(a.tagList ? { tagList: a.tagList } : {}) });
const fieldEquals = (field, text, what = `the ${field} sent`) => equals(`article.${field} equals ${what}`, `article.${field}`, tx(text));
const tagListEquals = (tags) => (tags.length
  ? t(`article.tagList equals [${tags.map((tag) => (tag === TAG_X ? '<tagX>' : '<tagY>')).join(', ')}] (as a set)`,
    `sameSet(list('article.tagList'), [${tags.map(tx).join(', ')}], 'article.tagList');`)
  : t('article.tagList is an empty array', `pm.expect(list('article.tagList'), 'article.tagList').to.eql([]);`));
const authorIs = (X) => equals(`article.author.username equals the username of ${USERS[X].who}`, 'article.author.username', `v('username${X}')`);

function createArticle(key) {
  const a = ARTICLES[key];
  return request(`POST /articles ${a.who} as ${USERS[a.by].who}${a.tagList ? '' : ' (no tagList)'}`, {
    method: 'POST', path: '/articles', as: a.by, body: { article: articleBody(a) },
    tests: [
      status(201), ...articleShape(),
      fieldEquals('title', a.title), fieldEquals('description', a.description), fieldEquals('body', a.body),
      tagListEquals(a.tagList || []),
      ...favoriteState(false, 0),
      authorIs(a.by), isFalse('article.author.following'),
    ],
    keep: { [`slug${key}`]: 'article.slug', ...(key === 'A1' ? { createdAtA1: 'article.createdAt' } : {}) },
  });
}

const sameCreatedAtA1 = (check) => t(check,
  `pm.expect(Date.parse(get('article.createdAt')), 'article.createdAt').to.equal(Date.parse(v('createdAtA1')));`);

const invalidArticle = { title: 'Invalid article {{RUN}}', description: 'Should be rejected', body: 'Rejected.' };
const INVALID_ARTICLES = [
  ['missing title', without(invalidArticle, 'title')],
  ['missing description', without(invalidArticle, 'description')],
  ['missing body', without(invalidArticle, 'body')],
  ['empty title', { ...invalidArticle, title: '' }],
];

/** A GET /articles request; title like "GET /articles?author=<author>". */
function listArticles(title, { query = [], as, tests }) {
  return request(title, { path: '/articles', query, as, tests: [status(200), ...tests] });
}

const A = ARTICLES;
const articles = folder('Articles', 'Create, read, list (filters, paging, order), update (CreateArticle, GetArticle, GetArticles, UpdateArticle).', [
  // rejected creations come first and as <reader>, so a server that wrongly accepts them does not
  // disturb the author's counts or the newest-first checks below
  INVALID_ARTICLES.map(([what, article]) => request(`POST /articles ${what}`, {
    method: 'POST', path: '/articles', as: 'B', body: { article }, tests: unprocessable(),
  })),
  unauthorized('POST /articles', { method: 'POST', path: '/articles', body: { article: { ...invalidArticle, title: 'Unauthorized article {{RUN}}' } } }),
  createArticle('A1'), createArticle('A2'), createArticle('A3'), createArticle('C1'),

  request('GET /articles/<a1> anonymous', {
    path: articlePath('A1'),
    tests: [
      status(200), ...articleShape(),
      equals('article.slug equals the slug returned on creation', 'article.slug', `v('slugA1')`),
      fieldEquals('title', A.A1.title, 'the title created'),
      fieldEquals('description', A.A1.description, 'the description created'),
      fieldEquals('body', A.A1.body, 'the body created'),
      tagListEquals(A.A1.tagList),
      ...favoriteState(false, 0),
      authorIs('A'), isFalse('article.author.following'),
      sameCreatedAtA1('article.createdAt equals the createdAt returned on creation'),
    ],
  }),
  request('GET /articles/<a1> as <reader> (follows <author>)', {
    path: articlePath('A1'), as: 'B', tests: [status(200), isTrue('article.author.following'), isFalse('article.favorited')],
  }),
  request('GET /articles/<a1> as <author>', {
    path: articlePath('A1'), as: 'A', tests: [status(200), isFalse('article.author.following')],
  }),
  notFound('GET /articles/<unknown slug>', { path: `/articles/${UNKNOWN_SLUG}` }),

  listArticles('GET /articles?author=<author>', {
    query: [['author', '{{usernameA}}']],
    tests: [
      ...listShape(3), articlesCount(3), slugOrder(['A3', 'A2', 'A1']), newestFirst(3),
      everyArticle('every article has author.username equal to the username of <author>',
        `pm.expect(a.author && a.author.username, where + '.author.username').to.equal(v('usernameA'));`),
    ],
  }),
  listArticles('GET /articles?author=<author>&limit=1', {
    query: [['author', '{{usernameA}}'], ['limit', '1']],
    tests: [pageLength(1), articlesCount(3), slugOrder(['A3'])],
  }),
  listArticles('GET /articles?author=<author>&limit=2&offset=1', {
    query: [['author', '{{usernameA}}'], ['limit', '2'], ['offset', '1']],
    tests: [pageLength(2), articlesCount(3), slugOrder(['A2', 'A1'])],
  }),
  listArticles('GET /articles?author=<author>&offset=3', {
    query: [['author', '{{usernameA}}'], ['offset', '3']],
    tests: [pageLength(0), articlesCount(3)],
  }),
  listArticles('GET /articles?tag=<tagX>', {
    query: [['tag', TAG_X]],
    tests: [
      ...listShape(3), articlesCount(3), slugOrder(['C1', 'A2', 'A1']),
      everyArticle('every article has <tagX> in its tagList',
        `pm.expect(a.tagList, where + '.tagList').to.be.an('array').that.includes(tpl(${js(TAG_X)}));`),
    ],
  }),
  listArticles('GET /articles?tag=<tagY>', {
    query: [['tag', TAG_Y]], tests: [articlesCount(1), slugOrder(['A1'])],
  }),
  listArticles('GET /articles?author=<critic>', {
    query: [['author', '{{usernameC}}']], tests: [articlesCount(1), slugOrder(['C1'])],
  }),
  listArticles('GET /articles?author=<unknown user>', {
    query: [['author', UNKNOWN_USER]], tests: [articlesCount(0), pageLength(0)],
  }),
  listArticles('GET /articles?tag=<unknown tag>', {
    query: [['tag', UNKNOWN_TAG]], tests: [articlesCount(0), pageLength(0)],
  }),
  listArticles('GET /articles anonymous', {
    tests: [
      ...listShape(4),
      t('articlesCount is at least 4', `pm.expect(get('articlesCount'), 'articlesCount').to.be.at.least(4);`),
      t('the first four articles are <c1>, <a3>, <a2>, <a1>',
        `pm.expect(slugsOf(list('articles').slice(0, 4)), 'first four slugs').to.eql([v('slugC1'), v('slugA3'), v('slugA2'), v('slugA1')]);`),
      newestFirst(4),
      t('the page holds min(articlesCount, 20) articles (default limit 20)',
        `pm.expect(list('articles').length, 'articles.length').to.equal(Math.min(get('articlesCount'), 20));`),
      everyArticle('every article has favorited false and author.following false (no token)',
        `pm.expect(a.favorited, where + '.favorited').to.equal(false);
  pm.expect(a.author && a.author.following, where + '.author.following').to.equal(false);`),
    ],
  }),
  listArticles('GET /articles?limit=2', {
    query: [['limit', '2']],
    tests: [
      pageLength(2),
      t('articlesCount is at least 4', `pm.expect(get('articlesCount'), 'articlesCount').to.be.at.least(4);`),
      slugOrder(['C1', 'A3']),
    ],
  }),
  listArticles('GET /articles?author=<author> as <reader> (follows <author>)', {
    query: [['author', '{{usernameA}}']], as: 'B',
    tests: [everyArticle('every article has author.following true', `pm.expect(a.author && a.author.following, where + '.author.following').to.equal(true);`)],
  }),
  listArticles('GET /articles?author=<critic> as <reader> (does not follow <critic>)', {
    query: [['author', '{{usernameC}}']], as: 'B',
    tests: [everyArticle('every article has author.following false', `pm.expect(a.author && a.author.following, where + '.author.following').to.equal(false);`)],
  }),

  request('PUT /articles/<a1> as <author> (title, body)', {
    method: 'PUT', path: articlePath('A1'), as: 'A', body: { article: A1_UPDATE },
    tests: [
      status(200), ...articleShape(),
      fieldEquals('title', A1_UPDATE.title, 'the new title'),
      fieldEquals('body', A1_UPDATE.body, 'the new body'),
      fieldEquals('description', A.A1.description, 'the unchanged description'),
      tagListEquals(A.A1.tagList),
      authorIs('A'),
      sameCreatedAtA1('article.createdAt is unchanged'),
      t('article.updatedAt is not earlier than article.createdAt',
        `pm.expect(Date.parse(get('article.updatedAt')), 'article.updatedAt').to.be.at.least(Date.parse(get('article.createdAt')));`),
    ],
    keep: { slugA1: 'article.slug' },
  }),
  request('GET /articles/<a1> by the slug returned by the update', {
    path: articlePath('A1'),
    tests: [status(200), fieldEquals('title', A1_UPDATE.title, 'the new title'), fieldEquals('body', A1_UPDATE.body, 'the new body')],
  }),
  request('PUT /articles/<a2> as <author> (description only)', {
    method: 'PUT', path: articlePath('A2'), as: 'A', body: { article: A2_UPDATE },
    tests: [
      status(200),
      fieldEquals('description', A2_UPDATE.description, 'the new description'),
      fieldEquals('title', A.A2.title, 'the unchanged title'),
      fieldEquals('body', A.A2.body, 'the unchanged body'),
    ],
    keep: { slugA2: 'article.slug' },
  }),
  // rejected updates change only the body, so a wrongly accepted one cannot change the slug
  request('PUT /articles/<a1> as <reader> (not the author)', {
    method: 'PUT', path: articlePath('A1'), as: 'B', body: { article: { body: 'Vandalised by the reader.' } }, tests: [status(403)],
  }),
  unauthorized('PUT /articles/<a1>', { method: 'PUT', path: articlePath('A1'), body: { article: { body: 'Vandalised anonymously.' } } }),
  notFound('PUT /articles/<unknown slug> as <author>', {
    method: 'PUT', path: `/articles/${UNKNOWN_SLUG}`, as: 'A', body: { article: { body: 'Nothing to update.' } },
  }),
  request('GET /articles/<a1> after the rejected updates', {
    path: articlePath('A1'),
    tests: [status(200), fieldEquals('body', A1_UPDATE.body, 'the body <author> set')],
  }),
]);

// --- Favorites ------------------------------------------------------------------------------

const favoritePath = (key) => `${articlePath(key)}/favorite`;
const getArticle = (title, key, as, tests) => request(title, { path: articlePath(key), as, tests: [status(200), ...tests] });
const everyFavorited = (value) => everyArticle(`every article has favorited ${value}`,
  `pm.expect(a.favorited, where + '.favorited').to.equal(${value});`);

const favorites = folder('Favorites', 'Favorite and unfavorite, counts across users, the favorited filter (CreateArticleFavorite, DeleteArticleFavorite).', [
  unauthorized('POST /articles/<a1>/favorite', { method: 'POST', path: favoritePath('A1') }),
  unauthorized('DELETE /articles/<a1>/favorite', { method: 'DELETE', path: favoritePath('A1') }),
  notFound('POST /articles/<unknown slug>/favorite as <reader>', { method: 'POST', path: `/articles/${UNKNOWN_SLUG}/favorite`, as: 'B' }),
  notFound('DELETE /articles/<unknown slug>/favorite as <reader>', { method: 'DELETE', path: `/articles/${UNKNOWN_SLUG}/favorite`, as: 'B' }),
  request('POST /articles/<a1>/favorite as <reader>', {
    method: 'POST', path: favoritePath('A1'), as: 'B',
    tests: [status(200), ...articleShape(), equals('article.slug equals the slug of <a1>', 'article.slug', `v('slugA1')`), ...favoriteState(true, 1)],
  }),
  request('POST /articles/<a1>/favorite as <critic>', {
    method: 'POST', path: favoritePath('A1'), as: 'C', tests: [status(200), ...favoriteState(true, 2)],
  }),
  request('POST /articles/<a2>/favorite as <reader>', {
    method: 'POST', path: favoritePath('A2'), as: 'B', tests: [status(200), ...favoriteState(true, 1)],
  }),
  getArticle('GET /articles/<a1> as <author> after two favorites', 'A1', 'A', favoriteState(false, 2)),
  getArticle('GET /articles/<a1> as <reader> after two favorites', 'A1', 'B', favoriteState(true, 2)),
  getArticle('GET /articles/<a1> anonymous after two favorites', 'A1', undefined, favoriteState(false, 2)),
  listArticles('GET /articles?favorited=<reader>', {
    query: [['favorited', '{{usernameB}}']],
    tests: [...listShape(2), articlesCount(2), slugOrder(['A2', 'A1']), everyFavorited(false)],
  }),
  listArticles('GET /articles?favorited=<reader> as <reader>', {
    query: [['favorited', '{{usernameB}}']], as: 'B', tests: [everyFavorited(true)],
  }),
  listArticles('GET /articles?favorited=<critic>', {
    query: [['favorited', '{{usernameC}}']], tests: [articlesCount(1), slugOrder(['A1'])],
  }),
  listArticles('GET /articles?favorited=<author> (favorited nothing)', {
    query: [['favorited', '{{usernameA}}']], tests: [articlesCount(0), pageLength(0)],
  }),
  request('DELETE /articles/<a1>/favorite as <reader>', {
    method: 'DELETE', path: favoritePath('A1'), as: 'B',
    tests: [status(200), ...articleShape(), equals('article.slug equals the slug of <a1>', 'article.slug', `v('slugA1')`), ...favoriteState(false, 1)],
  }),
  getArticle('GET /articles/<a1> as <reader> after unfavorite', 'A1', 'B', favoriteState(false, 1)),
  listArticles('GET /articles?favorited=<reader> after unfavorite', {
    query: [['favorited', '{{usernameB}}']], tests: [articlesCount(1), slugOrder(['A2'])],
  }),
  listArticles('GET /articles?author=<author> as <critic> after the favorites', {
    query: [['author', '{{usernameA}}']], as: 'C',
    tests: [
      slugOrder(['A3', 'A2', 'A1']),
      t('favorited is [false, false, true] for <a3>, <a2>, <a1>',
        `pm.expect(list('articles').map((a) => a && a.favorited), 'favorited').to.eql([false, false, true]);`),
      t('favoritesCount is [0, 1, 1] for <a3>, <a2>, <a1>',
        `pm.expect(list('articles').map((a) => a && a.favoritesCount), 'favoritesCount').to.eql([0, 1, 1]);`),
    ],
  }),
]);

// --- Feed -----------------------------------------------------------------------------------

const feedRequest = (title, { query = [], as, tests }) => request(title, { path: '/articles/feed', query, as, tests: [status(200), ...tests] });

const feed = folder('Feed', 'The feed of followed authors, and unfollowing (GetArticlesFeed, UnfollowUserByUsername).', [
  unauthorized('GET /articles/feed', { path: '/articles/feed' }),
  feedRequest('GET /articles/feed as <reader> (follows <author>)', {
    as: 'B',
    tests: [
      ...listShape(3), articlesCount(3), slugOrder(['A3', 'A2', 'A1']), newestFirst(3),
      everyArticle('every article is by <author> with author.following true',
        `pm.expect(a.author && a.author.username, where + '.author.username').to.equal(v('usernameA'));
  pm.expect(a.author && a.author.following, where + '.author.following').to.equal(true);`),
    ],
  }),
  feedRequest('GET /articles/feed?limit=1&offset=1 as <reader>', {
    query: [['limit', '1'], ['offset', '1']], as: 'B', tests: [pageLength(1), articlesCount(3), slugOrder(['A2'])],
  }),
  feedRequest('GET /articles/feed?limit=2 as <reader>', {
    query: [['limit', '2']], as: 'B', tests: [pageLength(2), articlesCount(3), slugOrder(['A3', 'A2'])],
  }),
  feedRequest('GET /articles/feed as <critic> (follows nobody)', {
    as: 'C', tests: [articlesCount(0), pageLength(0)],
  }),
  request('DELETE /profiles/<author>/follow as <reader>', {
    method: 'DELETE', path: `${profileOfA}/follow`, as: 'B',
    tests: [status(200), ...profileShape(), profileIsA, isFalse('profile.following')],
  }),
  request('GET /profiles/<author> as <reader> after unfollowing', {
    path: profileOfA, as: 'B', tests: [status(200), isFalse('profile.following')],
  }),
  feedRequest('GET /articles/feed as <reader> after unfollowing', {
    as: 'B', tests: [articlesCount(0), pageLength(0)],
  }),
  getArticle('GET /articles/<a1> as <reader> after unfollowing', 'A1', 'B', [isFalse('article.author.following')]),
]);

// --- Comments -------------------------------------------------------------------------------

const commentsPath = (key) => `${articlePath(key)}/comments`;
const COMMENT_B = 'Great article, {{RUN}}!';
const COMMENT_A = 'Thank you, reader ({{RUN}}).';
const commentIds = `list('comments').map((c) => String(c && c.id))`;

const createComment = (X, text, keepAs) => request(`POST /articles/<a1>/comments as ${USERS[X].who}`, {
  method: 'POST', path: commentsPath('A1'), as: X, body: { comment: { body: text } },
  tests: [
    status(200), ...commentShape(),
    equals('comment.body equals the body sent', 'comment.body', tx(text)),
    equals(`comment.author.username equals the username of ${USERS[X].who}`, 'comment.author.username', `v('username${X}')`),
  ],
  keep: { [keepAs]: 'comment.id' },
});

const comments = folder('Comments', 'Comments on an article (CreateArticleComment, GetArticleComments, DeleteArticleComment).', [
  createComment('B', COMMENT_B, 'commentB'),
  createComment('A', COMMENT_A, 'commentA'),
  request('GET /articles/<a1>/comments anonymous', {
    path: commentsPath('A1'),
    tests: [
      status(200),
      t('every comment has the comment shape (id, body, createdAt, updatedAt, author profile)',
        `const items = list('comments');
pm.expect(items.length, 'number of comments').to.be.at.least(1);
items.forEach((c, i) => expectComment(c, 'comments[' + i + ']'));`),
      t('comments holds exactly 2 comments', `pm.expect(list('comments').length, 'comments.length').to.equal(2);`),
      t('comments holds the ids of both created comments',
        `pm.expect(${commentIds}, 'comment ids').to.include.members([v('commentB'), v('commentA')]);`),
      t('each created comment is listed with its body',
        `const byId = {};
list('comments').forEach((c) => { if (c && typeof c === 'object') byId[String(c.id)] = c.body; });
pm.expect(byId[v('commentB')], 'body of the comment of <reader>').to.equal(tpl(${js(COMMENT_B)}));
pm.expect(byId[v('commentA')], 'body of the comment of <author>').to.equal(tpl(${js(COMMENT_A)}));`),
    ],
  }),
  request('POST /articles/<a1>/comments missing body', {
    method: 'POST', path: commentsPath('A1'), as: 'C', body: { comment: {} }, tests: unprocessable(),
  }),
  request('POST /articles/<a1>/comments empty body', {
    method: 'POST', path: commentsPath('A1'), as: 'C', body: { comment: { body: '' } }, tests: unprocessable(),
  }),
  // on <a2>, whose comments are never counted
  unauthorized('POST /articles/<a2>/comments', { method: 'POST', path: commentsPath('A2'), body: { comment: { body: 'Anonymous comment' } } }),
  notFound('POST /articles/<unknown slug>/comments as <reader>', {
    method: 'POST', path: `/articles/${UNKNOWN_SLUG}/comments`, as: 'B', body: { comment: { body: 'Lost comment' } },
  }),
  notFound('GET /articles/<unknown slug>/comments', { path: `/articles/${UNKNOWN_SLUG}/comments` }),
  request('DELETE /articles/<a1>/comments/<comment of reader> as <critic> (not the commenter)', {
    method: 'DELETE', path: `${commentsPath('A1')}/{{commentB}}`, as: 'C', tests: [status(403)],
  }),
  // on the author's comment: the forged token is the reader's, who may not delete it either
  unauthorized('DELETE /articles/<a1>/comments/<comment of author>', { method: 'DELETE', path: `${commentsPath('A1')}/{{commentA}}` }),
  notFound('DELETE /articles/<a1>/comments/<unknown id> as <author>', {
    method: 'DELETE', path: `${commentsPath('A1')}/${UNKNOWN_COMMENT_ID}`, as: 'A',
  }),
  notFound('DELETE /articles/<unknown slug>/comments/<comment of reader> as <reader>', {
    method: 'DELETE', path: `/articles/${UNKNOWN_SLUG}/comments/{{commentB}}`, as: 'B',
  }),
  request('DELETE /articles/<a1>/comments/<comment of reader> as <reader>', {
    method: 'DELETE', path: `${commentsPath('A1')}/{{commentB}}`, as: 'B', tests: [status(200)],
  }),
  request('GET /articles/<a1>/comments after deleting the comment of <reader>', {
    path: commentsPath('A1'),
    tests: [
      status(200),
      t('comments holds exactly 1 comment', `pm.expect(list('comments').length, 'comments.length').to.equal(1);`),
      t('the deleted comment of <reader> is gone', `pm.expect(${commentIds}, 'comment ids').to.not.include(v('commentB'));`),
      t('the comment of <author> is still listed', `pm.expect(${commentIds}, 'comment ids').to.include(v('commentA'));`),
    ],
  }),
  notFound('DELETE /articles/<a1>/comments/<comment of reader> again', {
    method: 'DELETE', path: `${commentsPath('A1')}/{{commentB}}`, as: 'B',
  }),
]);

// --- Tags -----------------------------------------------------------------------------------

const tags = folder('Tags', 'The tag list (GetTags).', [
  request('GET /tags', {
    path: '/tags',
    tests: [
      status(200),
      t('tags is an array of strings',
        `const items = list('tags');
items.forEach((tag, i) => pm.expect(tag, 'tags[' + i + ']').to.be.a('string'));`),
      t('tags contains <tagX> and <tagY>', `pm.expect(list('tags'), 'tags').to.include.members([tpl(${js(TAG_X)}), tpl(${js(TAG_Y)})]);`),
      t('tags has no duplicates', `const items = list('tags');
pm.expect(new Set(items).size, 'distinct tags').to.equal(items.length);`),
    ],
  }),
]);

// --- Cleanup --------------------------------------------------------------------------------

const deleteArticle = (key, as) => request(`DELETE /articles/${ARTICLES[key].who} as ${USERS[as].who}`, {
  method: 'DELETE', path: articlePath(key), as, tests: [status(200)],
});

const cleanup = folder('Cleanup', 'Deleting articles: 403/401 first, then 200, then 404 (DeleteArticle).', [
  request('POST /articles <d> as <author>', {
    method: 'POST', path: '/articles', as: 'A', body: { article: articleBody(ARTICLES.D) },
    tests: [status(201), fieldEquals('title', ARTICLES.D.title)], keep: { slugD: 'article.slug' },
  }),
  request('DELETE /articles/<d> as <reader> (not the author)', { method: 'DELETE', path: articlePath('D'), as: 'B', tests: [status(403)] }),
  unauthorized('DELETE /articles/<d>', { method: 'DELETE', path: articlePath('D') }),
  getArticle('GET /articles/<d> after the rejected deletes', 'D', undefined, [fieldEquals('title', ARTICLES.D.title, 'the title created')]),
  notFound('DELETE /articles/<unknown slug> as <author>', { method: 'DELETE', path: `/articles/${UNKNOWN_SLUG}`, as: 'A' }),
  deleteArticle('D', 'A'),
  notFound('GET /articles/<d> after delete', { path: articlePath('D') }),
  notFound('DELETE /articles/<d> again', { method: 'DELETE', path: articlePath('D'), as: 'A' }),
  listArticles('GET /articles?author=<author> after deleting <d>', {
    query: [['author', '{{usernameA}}']], tests: [articlesCount(3), slugOrder(['A3', 'A2', 'A1'])],
  }),
  deleteArticle('A1', 'A'), // has a comment and a favorite
  notFound('GET /articles/<a1> after delete', { path: articlePath('A1') }),
  notFound('GET /articles/<a1>/comments after delete', { path: commentsPath('A1') }),
  deleteArticle('A2', 'A'),
  deleteArticle('A3', 'A'),
  deleteArticle('C1', 'C'),
  listArticles('GET /articles?author=<author> after deleting everything', {
    query: [['author', '{{usernameA}}']], tests: [articlesCount(0), pageLength(0)],
  }),
  listArticles('GET /articles?tag=<tagX> after deleting everything', {
    query: [['tag', TAG_X]], tests: [articlesCount(0), pageLength(0)],
  }),
]);

// --- Health ---------------------------------------------------------------------------------

const health = folder('Health', 'The server is up; the first request also starts a new run (fresh names).', [
  request(FIRST_REQUEST, { path: '/health-check', tests: [status(200)] }),
]);

// ---------------------------------------------------------------------------------------------
// Coverage: every operation of the contract must be exercised.
// ---------------------------------------------------------------------------------------------

const OPERATIONS = {
  Login: ['POST', /^\/users\/login$/],
  CreateUser: ['POST', /^\/users$/],
  GetCurrentUser: ['GET', /^\/user$/],
  UpdateCurrentUser: ['PUT', /^\/user$/],
  GetProfileByUsername: ['GET', /^\/profiles\/[^/]+$/],
  FollowUserByUsername: ['POST', /^\/profiles\/[^/]+\/follow$/],
  UnfollowUserByUsername: ['DELETE', /^\/profiles\/[^/]+\/follow$/],
  GetArticlesFeed: ['GET', /^\/articles\/feed$/],
  GetArticles: ['GET', /^\/articles$/],
  CreateArticle: ['POST', /^\/articles$/],
  GetArticle: ['GET', /^\/articles\/(?!feed$)[^/]+$/],
  UpdateArticle: ['PUT', /^\/articles\/[^/]+$/],
  DeleteArticle: ['DELETE', /^\/articles\/[^/]+$/],
  GetArticleComments: ['GET', /^\/articles\/[^/]+\/comments$/],
  CreateArticleComment: ['POST', /^\/articles\/[^/]+\/comments$/],
  DeleteArticleComment: ['DELETE', /^\/articles\/[^/]+\/comments\/[^/]+$/],
  CreateArticleFavorite: ['POST', /^\/articles\/[^/]+\/favorite$/],
  DeleteArticleFavorite: ['DELETE', /^\/articles\/[^/]+\/favorite$/],
  GetTags: ['GET', /^\/tags$/],
};

function coverage() {
  const contractIds = [...fs.readFileSync(CONTRACT, 'utf8').matchAll(/^\s*operationId:\s*(\w+)\s*$/gm)].map((m) => m[1]);
  const missingFromTable = contractIds.filter((id) => !OPERATIONS[id]);
  if (missingFromTable.length) throw new Error(`contract operations not mapped in OPERATIONS: ${missingFromTable.join(', ')}`);
  const rows = contractIds.map((id) => {
    const [method, pattern] = OPERATIONS[id];
    const hits = requests.filter((r) => r.method === method && pattern.test(r.urlPath));
    return { id, requests: hits.length, tests: hits.reduce((n, r) => n + r.tests, 0) };
  });
  const unexercised = rows.filter((row) => row.requests === 0).map((row) => row.id);
  if (unexercised.length) throw new Error(`operations not exercised: ${unexercised.join(', ')}`);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Assemble, write or check.
// ---------------------------------------------------------------------------------------------

const folders = [health, auth, profiles, articles, favorites, feed, comments, tags, cleanup];
const rows = coverage();
checkDependencies(folders);
const assertionTotal = requests.reduce((n, r) => n + r.tests, 0);

const collection = {
  info: {
    name: 'StackBench Conduit behaviour suite',
    description: [
      'Behavioural test suite for the RealWorld "Conduit" API (contract: conduit-openapi.yml; behaviour: docs/conduit-behaviour.md).',
      'Generated by suite/build-suite.mjs - do not edit by hand.',
      'Variables: APIURL (required, e.g. http://localhost:8080/api); USERNAME, EMAIL, PASSWORD (optional, the main user; a per-run suffix is added).',
      `${requests.length} requests, ${assertionTotal} assertions; every assertion runs on every run, whatever the server answers.`,
    ].join('\n'),
    schema: SCHEMA,
  },
  variable: [...NAME_VARS.map((key) => ({ key, value: '' })), ...STATE_VARS.map((key) => ({ key, value: `unset-${key}` }))],
  event: [{ listen: 'prerequest', script: { type: 'text/javascript', exec: INIT_SCRIPT.split('\n') } }],
  item: folders,
};

const output = `${JSON.stringify(collection, null, 2)}\n`;
const relOut = path.relative(process.cwd(), OUT) || OUT;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : null;
  if (current !== output) {
    console.error(`${relOut} is ${current === null ? 'missing' : 'out of date'}: regenerate it with \`node suite/build-suite.mjs\`.`);
    process.exit(1);
  }
  console.log(`${relOut} is up to date (${requests.length} requests, ${assertionTotal} assertions).`);
} else {
  fs.writeFileSync(OUT, output);
  console.log(`wrote ${relOut}: ${folders.length} folders, ${requests.length} requests, ${assertionTotal} assertions`);
  if (process.argv.includes('--coverage')) {
    for (const row of rows) console.log(`  ${row.id.padEnd(24)} ${String(row.requests).padStart(3)} requests ${String(row.tests).padStart(4)} assertions`);
  }
}
