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
  'slugA1', 'slugA2', 'slugA3', 'slugC1',
  'slugF1', 'slugF2', 'slugM1', 'slugT1', 'slugT2', 'slugU1', 'slugU2', 'slugD',
  'createdAtA1', 'createdAtU1', 'commentB', 'commentA',
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

/**
 * A test: the text after "<request title> → ", the sandbox code of its body and, when it checks
 * another feature than its request's (an article's tagList is the tags feature), that feature.
 */
const t = (check, code, feature) => ({ check, code, feature });
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
const TAG_P = 'knights{{RUN}}';
const TAG_Q = 'castles{{RUN}}';
const UNKNOWN_USER = 'nobody{{RUN}}';
const UNKNOWN_SLUG = 'no-such-article-{{RUN}}';
const UNKNOWN_TAG = 'notag{{RUN}}';
const UNKNOWN_COMMENT_ID = '987654321';
const GARBAGE_TOKEN = 'not-a.valid-jwt.token';

// Articles created by the suite. The Articles group creates <a1>, <a2>, <a3> by the author and
// <c1> by the critic, in this order; every later group works on articles of its own (<f…> for
// Favorites, <m1> for Comments, <t…> for Tags, <u…> for Updates, <d> for Cleanup), so a failure
// in one group costs the next as little as possible. <x> placeholders name them in test names.
const article = (by, who, title, description, body, tagList, extra = {}) => ({ by, who, title, description, body, tagList, ...extra });
const ARTICLES = {
  A1: article('A', '<a1>', 'How to train your dragon {{RUN}}', 'Ever wonder how?', 'You have to believe in the dragon.',
    [TAG_X, TAG_Y], { keepCreatedAt: true }),
  A2: article('A', '<a2>', 'How to tame a lion {{RUN}}', 'Lions are cats too', 'Patience, and a lot of meat.', [TAG_X]),
  // sent without a tagList: the response must carry an empty one
  A3: article('A', '<a3>', 'Untagged notes {{RUN}}', 'Nothing to tag here', 'Plain text without tags.', null),
  C1: article('C', '<c1>', 'A critic reviews dragons {{RUN}}', 'Two stars', 'The dragon was fine, the training was not.', [TAG_X]),
  F1: article('C', '<f1>', 'Favourite recipes {{RUN}}', 'Worth a star', 'Bread, then more bread.', []),
  F2: article('C', '<f2>', 'Second helpings {{RUN}}', 'Also worth a star', 'Soup.', []),
  M1: article('A', '<m1>', 'Open for comments {{RUN}}', 'Tell me what you think', 'Comments welcome.', []),
  T1: article('C', '<t1>', 'Knights and castles {{RUN}}', 'Tagged twice', 'Stone walls.', [TAG_P, TAG_Q]),
  T2: article('C', '<t2>', 'More knights {{RUN}}', 'Tagged once', 'Shining armour.', [TAG_P]),
  U1: article('A', '<u1>', 'A draft to revise {{RUN}}', 'First draft', 'Rough words.', [TAG_X], { keepCreatedAt: true }),
  U2: article('A', '<u2>', 'Another draft {{RUN}}', 'Old description', 'Steady words.', []),
  D: article('A', '<d>', 'Doomed article {{RUN}}', 'Will be deleted', 'Short-lived.', []),
};
const U1_UPDATE = { title: 'A draft to revise, revised {{RUN}}', body: 'Polished words.' };
const U2_UPDATE = { description: 'New description' };
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

// The contract's operations by feature. The health check is no operation of the contract.
const FEATURES = ['health', 'users', 'profiles', 'articles', 'feed', 'comments', 'favorites', 'tags'];
const FEATURE_OF = {
  HealthCheck: 'health',
  CreateUser: 'users', Login: 'users', GetCurrentUser: 'users', UpdateCurrentUser: 'users',
  GetProfileByUsername: 'profiles', FollowUserByUsername: 'profiles', UnfollowUserByUsername: 'profiles',
  GetArticles: 'articles', CreateArticle: 'articles', GetArticle: 'articles', UpdateArticle: 'articles', DeleteArticle: 'articles',
  GetArticlesFeed: 'feed',
  GetArticleComments: 'comments', CreateArticleComment: 'comments', DeleteArticleComment: 'comments',
  CreateArticleFavorite: 'favorites', DeleteArticleFavorite: 'favorites',
  GetTags: 'tags',
};

/** The contract operation a request calls, from its method and path. */
function operationOf(method, urlPath) {
  if (method === 'GET' && urlPath === '/health-check') return 'HealthCheck';
  const hit = Object.keys(OPERATIONS).filter((id) => OPERATIONS[id][0] === method && OPERATIONS[id][1].test(urlPath));
  if (hit.length !== 1) throw new Error(`${method} ${urlPath}: matches ${hit.length} contract operations`);
  return hit[0];
}

const testNames = new Set();
const requests = [];

/**
 * One request item. `as`: 'A' | 'B' | 'C' (that user's token), 'garbage' (malformed token),
 * 'forged' (the reader's JWT with a broken signature) or undefined (no Authorization header).
 */
function request(title, { method = 'GET', path: urlPath, query = [], as, body, tests, keep = {}, after = '', feature, requires }) {
  if (!tests || tests.length === 0) throw new Error(`${title}: no tests`);
  const operation = operationOf(method, urlPath);
  const ownFeature = feature || section.feature || FEATURE_OF[operation];
  const needs = (requires || section.requires || []).filter((id) => id !== operation);
  [ownFeature, ...tests.map((test) => test.feature).filter(Boolean)].forEach((name) => {
    if (!FEATURES.includes(name)) throw new Error(`${title}: unknown feature ${name}`);
  });
  needs.forEach((id) => { if (!OPERATIONS[id]) throw new Error(`${title}: requires unknown operation ${id}`); });
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
  const otherFeatures = {};
  tests.forEach(({ feature: f }, i) => { if (f && f !== ownFeature) otherFeatures[names[i]] = f; });
  item.stackbench = {
    ...dependencies(title, item.request, script),
    operation, feature: ownFeature,
    ...(needs.length ? { requires: needs } : {}),
    ...(Object.keys(otherFeatures).length ? { assertionFeatures: otherFeatures } : {}),
  };
  requests.push({ title, operation, feature: ownFeature, tests });
  return item;
}

// Each folder is one feature's group; its requests belong to that feature, and to the operations
// it `requires` besides their own (a GET after a DELETE checks the delete), unless a request says
// otherwise: a group's own set-up (registering a user, creating the articles it works on) belongs
// to the feature of its operation and requires nothing.
let section = {};
function folder(name, description, { feature, requires }, build) {
  section = { feature, requires };
  const items = build().flat();
  section = {};
  return { name, description, item: items };
}

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

const auth = folder('Users', 'Registration, login, current user and its update (CreateUser, Login, GetCurrentUser, UpdateCurrentUser).', { feature: 'users' }, () => [
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

const profiles = folder('Profiles', 'Profiles and following (GetProfileByUsername, FollowUserByUsername, UnfollowUserByUsername).', { feature: 'profiles' }, () => [
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
const TAG_NAMES = { [TAG_X]: '<tagX>', [TAG_Y]: '<tagY>', [TAG_P]: '<tagP>', [TAG_Q]: '<tagQ>' };
// An empty tagList checks the articles feature (every article has one); tags sent and kept, the tags feature.
const tagListEquals = (tags) => (tags.length
  ? t(`article.tagList equals [${tags.map((tag) => TAG_NAMES[tag]).join(', ')}] (as a set)`,
    `sameSet(list('article.tagList'), [${tags.map(tx).join(', ')}], 'article.tagList');`, 'tags')
  : t('article.tagList is an empty array', `pm.expect(list('article.tagList'), 'article.tagList').to.eql([]);`));
const authorIs = (X) => equals(`article.author.username equals the username of ${USERS[X].who}`, 'article.author.username', `v('username${X}')`);

/**
 * Creates one of ARTICLES: the Articles group's own subject, checked in full, or a later group's
 * set-up (`setup`), checked only for what that group relies on.
 */
function createArticle(key, { setup = false } = {}) {
  const a = ARTICLES[key];
  return request(`POST /articles ${a.who} as ${USERS[a.by].who}${a.tagList ? '' : ' (no tagList)'}`, {
    method: 'POST', path: '/articles', as: a.by, body: { article: articleBody(a) }, feature: 'articles', requires: [],
    tests: setup ? [status(201), fieldEquals('title', a.title)] : [
      status(201), ...articleShape(),
      fieldEquals('title', a.title), fieldEquals('description', a.description), fieldEquals('body', a.body),
      tagListEquals(a.tagList || []),
      ...favoriteState(false, 0),
      authorIs(a.by), isFalse('article.author.following'),
    ],
    keep: { [`slug${key}`]: 'article.slug', ...(a.keepCreatedAt ? { [`createdAt${key}`]: 'article.createdAt' } : {}) },
  });
}

const sameCreatedAt = (key, check) => t(check,
  `pm.expect(Date.parse(get('article.createdAt')), 'article.createdAt').to.equal(Date.parse(v('createdAt${key}')));`);

const invalidArticle = { title: 'Invalid article {{RUN}}', description: 'Should be rejected', body: 'Rejected.' };
const INVALID_ARTICLES = [
  ['missing title', without(invalidArticle, 'title')],
  ['missing description', without(invalidArticle, 'description')],
  ['missing body', without(invalidArticle, 'body')],
  ['empty title', { ...invalidArticle, title: '' }],
];

/** A GET /articles request; title like "GET /articles?author=<author>". */
function listArticles(title, { query = [], as, tests, feature, requires }) {
  return request(title, { path: '/articles', query, as, feature, requires, tests: [status(200), ...tests] });
}

const getArticle = (title, key, as, tests, opts = {}) => request(title, { path: articlePath(key), as, ...opts, tests: [status(200), ...tests] });

const A = ARTICLES;
const articles = folder('Articles', 'Create, read, list (author filter, paging, order) (CreateArticle, GetArticle, GetArticles).', { feature: 'articles' }, () => [
  // rejected creations come first and as <reader>, so a server that wrongly accepts them does not
  // disturb the author's counts or the newest-first checks below
  INVALID_ARTICLES.map(([what, article]) => request(`POST /articles ${what}`, {
    method: 'POST', path: '/articles', as: 'B', body: { article }, tests: unprocessable(),
  })),
  unauthorized('POST /articles', { method: 'POST', path: '/articles', body: { article: { ...invalidArticle, title: 'Unauthorized article {{RUN}}' } } }),
  createArticle('A1'), createArticle('A2'), createArticle('A3'), createArticle('C1'),

  getArticle('GET /articles/<a1> anonymous', 'A1', undefined, [
    ...articleShape(),
    equals('article.slug equals the slug returned on creation', 'article.slug', `v('slugA1')`),
    fieldEquals('title', A.A1.title, 'the title created'),
    fieldEquals('description', A.A1.description, 'the description created'),
    fieldEquals('body', A.A1.body, 'the body created'),
    tagListEquals(A.A1.tagList),
    ...favoriteState(false, 0),
    authorIs('A'), isFalse('article.author.following'),
    sameCreatedAt('A1', 'article.createdAt equals the createdAt returned on creation'),
  ]),
  getArticle('GET /articles/<a1> as <author>', 'A1', 'A', [isFalse('article.author.following'), isFalse('article.favorited')]),
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
  listArticles('GET /articles?author=<critic>', {
    query: [['author', '{{usernameC}}']], tests: [articlesCount(1), slugOrder(['C1'])],
  }),
  listArticles('GET /articles?author=<unknown user>', {
    query: [['author', UNKNOWN_USER]], tests: [articlesCount(0), pageLength(0)],
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
]);

// --- Feed -----------------------------------------------------------------------------------

const feedRequest = (title, { query = [], as, tests }) => request(title, { path: '/articles/feed', query, as, tests: [status(200), ...tests] });

// <reader> follows <author> since the Profiles group; the feed holds the Articles group's <a1>–<a3>.
const feed = folder('Feed', 'The feed of followed authors, following as seen in articles, and unfollowing (GetArticlesFeed, UnfollowUserByUsername).', { feature: 'feed' }, () => [
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
  getArticle('GET /articles/<a1> as <reader> (follows <author>)', 'A1', 'B', [isTrue('article.author.following')], { feature: 'profiles' }),
  listArticles('GET /articles?author=<author> as <reader> (follows <author>)', {
    query: [['author', '{{usernameA}}']], as: 'B', feature: 'profiles',
    tests: [everyArticle('every article has author.following true', `pm.expect(a.author && a.author.following, where + '.author.following').to.equal(true);`)],
  }),
  listArticles('GET /articles?author=<critic> as <reader> (does not follow <critic>)', {
    query: [['author', '{{usernameC}}']], as: 'B', feature: 'profiles',
    tests: [everyArticle('every article has author.following false', `pm.expect(a.author && a.author.following, where + '.author.following').to.equal(false);`)],
  }),
  request('DELETE /profiles/<author>/follow as <reader>', {
    method: 'DELETE', path: `${profileOfA}/follow`, as: 'B', feature: 'profiles',
    tests: [status(200), ...profileShape(), profileIsA, isFalse('profile.following')],
  }),
  request('GET /profiles/<author> as <reader> after unfollowing', {
    path: profileOfA, as: 'B', feature: 'profiles', tests: [status(200), isFalse('profile.following')],
  }),
  feedRequest('GET /articles/feed as <reader> after unfollowing', {
    as: 'B', tests: [articlesCount(0), pageLength(0)],
  }),
  getArticle('GET /articles/<a1> as <reader> after unfollowing', 'A1', 'B', [isFalse('article.author.following')], { feature: 'profiles' }),
]);

// --- Favorites ------------------------------------------------------------------------------

const favoritePath = (key) => `${articlePath(key)}/favorite`;
const everyFavorited = (value) => everyArticle(`every article has favorited ${value}`,
  `pm.expect(a.favorited, where + '.favorited').to.equal(${value});`);
const slugIs = (key) => equals(`article.slug equals the slug of ${ARTICLES[key].who}`, 'article.slug', `v('slug${key}')`);

// On <f1> and <f2>, by <critic>, favorited by <reader> and <author>.
const favorites = folder('Favorites', 'Favorite and unfavorite, counts across users, the favorited filter (CreateArticleFavorite, DeleteArticleFavorite).', { feature: 'favorites' }, () => [
  createArticle('F1', { setup: true }), createArticle('F2', { setup: true }),
  unauthorized('POST /articles/<f1>/favorite', { method: 'POST', path: favoritePath('F1') }),
  unauthorized('DELETE /articles/<f1>/favorite', { method: 'DELETE', path: favoritePath('F1') }),
  notFound('POST /articles/<unknown slug>/favorite as <reader>', { method: 'POST', path: `/articles/${UNKNOWN_SLUG}/favorite`, as: 'B' }),
  notFound('DELETE /articles/<unknown slug>/favorite as <reader>', { method: 'DELETE', path: `/articles/${UNKNOWN_SLUG}/favorite`, as: 'B' }),
  request('POST /articles/<f1>/favorite as <reader>', {
    method: 'POST', path: favoritePath('F1'), as: 'B',
    tests: [status(200), ...articleShape(), slugIs('F1'), ...favoriteState(true, 1)],
  }),
  request('POST /articles/<f1>/favorite as <author>', {
    method: 'POST', path: favoritePath('F1'), as: 'A', tests: [status(200), ...favoriteState(true, 2)],
  }),
  request('POST /articles/<f2>/favorite as <reader>', {
    method: 'POST', path: favoritePath('F2'), as: 'B', tests: [status(200), ...favoriteState(true, 1)],
  }),
  getArticle('GET /articles/<f1> as <critic> after two favorites', 'F1', 'C', favoriteState(false, 2)),
  getArticle('GET /articles/<f1> as <reader> after two favorites', 'F1', 'B', favoriteState(true, 2)),
  getArticle('GET /articles/<f1> anonymous after two favorites', 'F1', undefined, favoriteState(false, 2)),
  listArticles('GET /articles?favorited=<reader>', {
    query: [['favorited', '{{usernameB}}']],
    tests: [...listShape(2), articlesCount(2), slugOrder(['F2', 'F1']), everyFavorited(false)],
  }),
  listArticles('GET /articles?favorited=<reader> as <reader>', {
    query: [['favorited', '{{usernameB}}']], as: 'B', tests: [everyFavorited(true)],
  }),
  listArticles('GET /articles?favorited=<author>', {
    query: [['favorited', '{{usernameA}}']], tests: [articlesCount(1), slugOrder(['F1'])],
  }),
  listArticles('GET /articles?favorited=<critic> (favorited nothing)', {
    query: [['favorited', '{{usernameC}}']], tests: [articlesCount(0), pageLength(0)],
  }),
  request('DELETE /articles/<f1>/favorite as <reader>', {
    method: 'DELETE', path: favoritePath('F1'), as: 'B',
    tests: [status(200), ...articleShape(), slugIs('F1'), ...favoriteState(false, 1)],
  }),
  getArticle('GET /articles/<f1> as <reader> after unfavorite', 'F1', 'B', favoriteState(false, 1)),
  listArticles('GET /articles?favorited=<reader> after unfavorite', {
    query: [['favorited', '{{usernameB}}']], tests: [articlesCount(1), slugOrder(['F2'])],
  }),
  listArticles('GET /articles?author=<critic> as <reader> after the favorites', {
    query: [['author', '{{usernameC}}']], as: 'B',
    tests: [
      t('the first two articles are <f2>, <f1>',
        `pm.expect(slugsOf(list('articles').slice(0, 2)), 'first two slugs').to.eql([v('slugF2'), v('slugF1')]);`),
      t('favorited is [true, false] for <f2>, <f1>',
        `pm.expect(list('articles').slice(0, 2).map((a) => a && a.favorited), 'favorited').to.eql([true, false]);`),
      t('favoritesCount is [1, 1] for <f2>, <f1>',
        `pm.expect(list('articles').slice(0, 2).map((a) => a && a.favoritesCount), 'favoritesCount').to.eql([1, 1]);`),
    ],
  }),
]);

// --- Comments -------------------------------------------------------------------------------

const commentsPath = (key) => `${articlePath(key)}/comments`;
const COMMENT_B = 'Great article, {{RUN}}!';
const COMMENT_A = 'Thank you, reader ({{RUN}}).';
const commentIds = `list('comments').map((c) => String(c && c.id))`;

const createComment = (X, text, keepAs) => request(`POST /articles/<m1>/comments as ${USERS[X].who}`, {
  method: 'POST', path: commentsPath('M1'), as: X, body: { comment: { body: text } },
  tests: [
    status(200), ...commentShape(),
    equals('comment.body equals the body sent', 'comment.body', tx(text)),
    equals(`comment.author.username equals the username of ${USERS[X].who}`, 'comment.author.username', `v('username${X}')`),
  ],
  keep: { [keepAs]: 'comment.id' },
});

// On <m1>, by <author>; rejected comments go to <a2>, whose comments are never counted.
const comments = folder('Comments', 'Comments on an article (CreateArticleComment, GetArticleComments, DeleteArticleComment).', { feature: 'comments' }, () => [
  createArticle('M1', { setup: true }),
  createComment('B', COMMENT_B, 'commentB'),
  createComment('A', COMMENT_A, 'commentA'),
  request('GET /articles/<m1>/comments anonymous', {
    path: commentsPath('M1'),
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
  request('POST /articles/<m1>/comments missing body', {
    method: 'POST', path: commentsPath('M1'), as: 'C', body: { comment: {} }, tests: unprocessable(),
  }),
  request('POST /articles/<m1>/comments empty body', {
    method: 'POST', path: commentsPath('M1'), as: 'C', body: { comment: { body: '' } }, tests: unprocessable(),
  }),
  unauthorized('POST /articles/<a2>/comments', { method: 'POST', path: commentsPath('A2'), body: { comment: { body: 'Anonymous comment' } } }),
  notFound('POST /articles/<unknown slug>/comments as <reader>', {
    method: 'POST', path: `/articles/${UNKNOWN_SLUG}/comments`, as: 'B', body: { comment: { body: 'Lost comment' } },
  }),
  notFound('GET /articles/<unknown slug>/comments', { path: `/articles/${UNKNOWN_SLUG}/comments` }),
  request('DELETE /articles/<m1>/comments/<comment of reader> as <critic> (not the commenter)', {
    method: 'DELETE', path: `${commentsPath('M1')}/{{commentB}}`, as: 'C', tests: [status(403)],
  }),
  // on the author's comment: the forged token is the reader's, who may not delete it either
  unauthorized('DELETE /articles/<m1>/comments/<comment of author>', { method: 'DELETE', path: `${commentsPath('M1')}/{{commentA}}` }),
  notFound('DELETE /articles/<m1>/comments/<unknown id> as <author>', {
    method: 'DELETE', path: `${commentsPath('M1')}/${UNKNOWN_COMMENT_ID}`, as: 'A',
  }),
  notFound('DELETE /articles/<unknown slug>/comments/<comment of reader> as <reader>', {
    method: 'DELETE', path: `/articles/${UNKNOWN_SLUG}/comments/{{commentB}}`, as: 'B',
  }),
  request('DELETE /articles/<m1>/comments/<comment of reader> as <reader>', {
    method: 'DELETE', path: `${commentsPath('M1')}/{{commentB}}`, as: 'B', tests: [status(200)],
  }),
  request('GET /articles/<m1>/comments after deleting the comment of <reader>', {
    path: commentsPath('M1'),
    tests: [
      status(200),
      t('comments holds exactly 1 comment', `pm.expect(list('comments').length, 'comments.length').to.equal(1);`),
      t('the deleted comment of <reader> is gone', `pm.expect(${commentIds}, 'comment ids').to.not.include(v('commentB'));`),
      t('the comment of <author> is still listed', `pm.expect(${commentIds}, 'comment ids').to.include(v('commentA'));`),
    ],
  }),
  notFound('DELETE /articles/<m1>/comments/<comment of reader> again', {
    method: 'DELETE', path: `${commentsPath('M1')}/{{commentB}}`, as: 'B',
  }),
]);

// --- Tags -----------------------------------------------------------------------------------

// On <t1> (<tagP>, <tagQ>) and <t2> (<tagP>), by <critic>: tags no other group uses.
const tags = folder('Tags', 'The tag list and the tag filter (GetTags, GetArticles?tag=).', { feature: 'tags' }, () => [
  createArticle('T1', { setup: true }), createArticle('T2', { setup: true }),
  getArticle('GET /articles/<t1> anonymous', 'T1', undefined, [slugIs('T1'), tagListEquals(A.T1.tagList)]),
  listArticles('GET /articles?tag=<tagP>', {
    query: [['tag', TAG_P]],
    tests: [
      ...listShape(2), articlesCount(2), slugOrder(['T2', 'T1']),
      everyArticle('every article has <tagP> in its tagList',
        `pm.expect(a.tagList, where + '.tagList').to.be.an('array').that.includes(tpl(${js(TAG_P)}));`),
    ],
  }),
  listArticles('GET /articles?tag=<tagQ>', {
    query: [['tag', TAG_Q]], tests: [articlesCount(1), slugOrder(['T1'])],
  }),
  listArticles('GET /articles?tag=<tagP>&limit=1&offset=1', {
    query: [['tag', TAG_P], ['limit', '1'], ['offset', '1']], tests: [pageLength(1), articlesCount(2), slugOrder(['T1'])],
  }),
  listArticles('GET /articles?tag=<unknown tag>', {
    query: [['tag', UNKNOWN_TAG]], tests: [articlesCount(0), pageLength(0)],
  }),
  request('GET /tags', {
    path: '/tags',
    tests: [
      status(200),
      t('tags is an array of strings',
        `const items = list('tags');
items.forEach((tag, i) => pm.expect(tag, 'tags[' + i + ']').to.be.a('string'));`),
      t('tags contains <tagP> and <tagQ>', `pm.expect(list('tags'), 'tags').to.include.members([tpl(${js(TAG_P)}), tpl(${js(TAG_Q)})]);`),
      t('tags has no duplicates', `const items = list('tags');
pm.expect(new Set(items).size, 'distinct tags').to.equal(items.length);`),
    ],
  }),
]);

// --- Updates --------------------------------------------------------------------------------

// On <u1> and <u2>, by <author>.
const updates = folder('Updates', 'Updating articles: 200 with the new fields, then 403/401/404 and the article unchanged (UpdateArticle).', { feature: 'articles', requires: ['UpdateArticle'] }, () => [
  createArticle('U1', { setup: true }), createArticle('U2', { setup: true }),
  request('PUT /articles/<u1> as <author> (title, body)', {
    method: 'PUT', path: articlePath('U1'), as: 'A', body: { article: U1_UPDATE },
    tests: [
      status(200), ...articleShape(),
      fieldEquals('title', U1_UPDATE.title, 'the new title'),
      fieldEquals('body', U1_UPDATE.body, 'the new body'),
      fieldEquals('description', A.U1.description, 'the unchanged description'),
      tagListEquals(A.U1.tagList),
      authorIs('A'),
      sameCreatedAt('U1', 'article.createdAt is unchanged'),
      t('article.updatedAt is not earlier than article.createdAt',
        `pm.expect(Date.parse(get('article.updatedAt')), 'article.updatedAt').to.be.at.least(Date.parse(get('article.createdAt')));`),
    ],
    keep: { slugU1: 'article.slug' },
  }),
  getArticle('GET /articles/<u1> by the slug returned by the update', 'U1', undefined,
    [fieldEquals('title', U1_UPDATE.title, 'the new title'), fieldEquals('body', U1_UPDATE.body, 'the new body')]),
  request('PUT /articles/<u2> as <author> (description only)', {
    method: 'PUT', path: articlePath('U2'), as: 'A', body: { article: U2_UPDATE },
    tests: [
      status(200),
      fieldEquals('description', U2_UPDATE.description, 'the new description'),
      fieldEquals('title', A.U2.title, 'the unchanged title'),
      fieldEquals('body', A.U2.body, 'the unchanged body'),
    ],
    keep: { slugU2: 'article.slug' },
  }),
  // rejected updates change only the body, so a wrongly accepted one cannot change the slug
  request('PUT /articles/<u1> as <reader> (not the author)', {
    method: 'PUT', path: articlePath('U1'), as: 'B', body: { article: { body: 'Vandalised by the reader.' } }, tests: [status(403)],
  }),
  unauthorized('PUT /articles/<u1>', { method: 'PUT', path: articlePath('U1'), body: { article: { body: 'Vandalised anonymously.' } } }),
  notFound('PUT /articles/<unknown slug> as <author>', {
    method: 'PUT', path: `/articles/${UNKNOWN_SLUG}`, as: 'A', body: { article: { body: 'Nothing to update.' } },
  }),
  getArticle('GET /articles/<u1> after the rejected updates', 'U1', undefined, [fieldEquals('body', U1_UPDATE.body, 'the body <author> set')]),
]);

// --- Cleanup --------------------------------------------------------------------------------

const deleteArticle = (key, as) => request(`DELETE /articles/${ARTICLES[key].who} as ${USERS[as].who}`, {
  method: 'DELETE', path: articlePath(key), as, tests: [status(200)],
});

const cleanup = folder('Cleanup', 'Deleting articles: 403/401 first, then 200, then 404; every article the run created (DeleteArticle).', { feature: 'articles', requires: ['DeleteArticle'] }, () => [
  createArticle('D', { setup: true }),
  request('DELETE /articles/<d> as <reader> (not the author)', { method: 'DELETE', path: articlePath('D'), as: 'B', tests: [status(403)] }),
  unauthorized('DELETE /articles/<d>', { method: 'DELETE', path: articlePath('D') }),
  getArticle('GET /articles/<d> after the rejected deletes', 'D', undefined, [fieldEquals('title', ARTICLES.D.title, 'the title created')]),
  notFound('DELETE /articles/<unknown slug> as <author>', { method: 'DELETE', path: `/articles/${UNKNOWN_SLUG}`, as: 'A' }),
  deleteArticle('D', 'A'),
  notFound('GET /articles/<d> after delete', { path: articlePath('D') }),
  notFound('DELETE /articles/<d> again', { method: 'DELETE', path: articlePath('D'), as: 'A' }),
  listArticles('GET /articles?author=<author> after deleting <d>', {
    query: [['author', '{{usernameA}}']],
    tests: [t('<d> is not listed', `pm.expect(slugsOf(list('articles')), 'slugs of the listed articles').to.not.include(v('slugD'));`)],
  }),
  deleteArticle('M1', 'A'), // has a comment
  notFound('GET /articles/<m1> after delete', { path: articlePath('M1') }),
  notFound('GET /articles/<m1>/comments after delete', { path: commentsPath('M1'), feature: 'comments' }),
  deleteArticle('F1', 'C'), // favorited by <author>
  notFound('GET /articles/<f1> after delete', { path: articlePath('F1') }),
  ['A1', 'A2', 'A3', 'U1', 'U2'].map((key) => deleteArticle(key, 'A')),
  ['C1', 'F2', 'T1', 'T2'].map((key) => deleteArticle(key, 'C')),
  listArticles('GET /articles?author=<author> after deleting everything', {
    query: [['author', '{{usernameA}}']], tests: [articlesCount(0), pageLength(0)],
  }),
  listArticles('GET /articles?author=<critic> after deleting everything', {
    query: [['author', '{{usernameC}}']], tests: [articlesCount(0), pageLength(0)],
  }),
  listArticles('GET /articles?tag=<tagP> after deleting everything', {
    query: [['tag', TAG_P]], feature: 'tags', tests: [articlesCount(0), pageLength(0)],
  }),
]);

// --- Health ---------------------------------------------------------------------------------

const health = folder('Health', 'The server is up; the first request also starts a new run (fresh names).', { feature: 'health' }, () => [
  request(FIRST_REQUEST, { path: '/health-check', tests: [status(200)] }),
]);

// ---------------------------------------------------------------------------------------------
// Coverage: every operation of the contract must be exercised.
// ---------------------------------------------------------------------------------------------


function coverage() {
  const contractIds = [...fs.readFileSync(CONTRACT, 'utf8').matchAll(/^\s*operationId:\s*(\w+)\s*$/gm)].map((m) => m[1]);
  const missingFromTable = contractIds.filter((id) => !OPERATIONS[id] || !FEATURE_OF[id]);
  if (missingFromTable.length) throw new Error(`contract operations not mapped in OPERATIONS and FEATURE_OF: ${missingFromTable.join(', ')}`);
  const rows = contractIds.map((id) => {
    const hits = requests.filter((r) => r.operation === id);
    return { id, requests: hits.length, tests: hits.reduce((n, r) => n + r.tests.length, 0) };
  });
  const unexercised = rows.filter((row) => row.requests === 0).map((row) => row.id);
  if (unexercised.length) throw new Error(`operations not exercised: ${unexercised.join(', ')}`);
  const features = FEATURES.map((name) => ({
    id: name,
    tests: requests.reduce((n, r) => n + r.tests.filter((test) => (test.feature || r.feature) === name).length, 0),
  }));
  return { rows, features };
}

// ---------------------------------------------------------------------------------------------
// Assemble, write or check.
// ---------------------------------------------------------------------------------------------

const folders = [health, auth, profiles, articles, feed, favorites, comments, tags, updates, cleanup];
const { rows, features: featureRows } = coverage();
checkDependencies(folders);
const assertionTotal = requests.reduce((n, r) => n + r.tests.length, 0);

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
    for (const row of featureRows) console.log(`  feature ${row.id.padEnd(16)} ${String(row.tests).padStart(4)} assertions`);
  }
}
