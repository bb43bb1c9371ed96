// StackBench's data-layer probe. After the suite it builds a known dataset through the API (an
// author, a reader who follows the author, articles with tags, favorites, comments) at a small
// and then a large size, and calls the list endpoints at both. It writes one JSON line per call
// saying when it began and ended, so StackBench can count the statements each call cost.
// Arguments: the API's base URL, the marks file, the small size, the large size, a run-unique word.
'use strict';
const http = require('http');
const fs = require('fs');

const [base, marksFile, smallArg, largeArg, word] = process.argv.slice(1);
const small = Number(smallArg);
const large = Number(largeArg);
const api = new URL(base);
const now = () => performance.timeOrigin + performance.now();
const agent = new http.Agent({ keepAlive: true });
const TIMEOUT_MS = 10000;
// A server that stops answering is not measured further: two calls in a row without an answer
// end the probe, so a hung server costs seconds, not minutes.
const MAX_SILENT = 2;
let silent = 0;

function send(method, path, body, token) {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers = { accept: 'application/json' };
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = payload.length;
    }
    if (token) {
      headers.authorization = 'Token ' + token;
    }
    const req = http.request({ host: api.hostname, port: Number(api.port || 80), method, agent, headers,
      path: api.pathname.replace(/\/$/, '') + path }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try {
          json = JSON.parse(text);
        } catch (e) {
          // Not JSON: the call's status says enough.
        }
        resolve({ status: res.statusCode, json, text });
      });
      res.on('error', (e) => resolve({ status: 0, error: e.code || String(e) }));
    });
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, error: e.code || e.message }));
    if (payload) {
      req.write(payload);
    }
    req.end();
  });
}

/** One call, marked: phase is setup or measure; endpoint names a measured list call. */
async function call(mark, method, path, body, token) {
  const start = now();
  const reply = await send(method, path, body, token);
  const end = now();
  const items = reply.json && Array.isArray(reply.json.articles) ? reply.json.articles.length
    : reply.json && Array.isArray(reply.json.comments) ? reply.json.comments.length : null;
  // A setup call keeps the start of its answer: what the server says it stored must be in its database.
  const answer = mark.phase === 'setup' && reply.text ? reply.text.slice(0, 4096) : undefined;
  fs.appendFileSync(marksFile, JSON.stringify({ ...mark, method, path, start, end, status: reply.status, items,
    error: reply.error, answer }) + '\n');
  silent = reply.status === 0 ? silent + 1 : 0;
  if (silent >= MAX_SILENT) {
    throw new Error('the server stopped answering (' + reply.error + ')');
  }
  return reply;
}

function setup(what) {
  return { phase: 'setup', what };
}

async function register(name) {
  const reply = await call(setup('register ' + name), 'POST', '/users',
    { user: { username: name, email: name + '@probe.example', password: 'probe-password-1' } });
  const token = reply.json && reply.json.user && reply.json.user.token;
  if (!token) {
    throw new Error('cannot register probe user ' + name + ': status ' + reply.status);
  }
  return token;
}

async function grow(state, size) {
  while (state.slugs.length < size) {
    const i = state.slugs.length;
    const created = await call(setup('create article ' + i), 'POST', '/articles', { article: {
      title: 'Probe ' + word + ' ' + i, description: 'probe article ' + i, body: 'probe body ' + i,
      tagList: [state.tag, state.tag + '-' + i] } }, state.author);
    const slug = created.json && created.json.article && created.json.article.slug;
    if (!slug) {
      throw new Error('cannot create probe article ' + i + ': status ' + created.status);
    }
    state.slugs.push(slug);
    await call(setup('favorite article ' + i), 'POST', '/articles/' + encodeURIComponent(slug) + '/favorite', undefined,
      state.reader);
  }
  while (state.comments < size) {
    const by = state.comments % 2 === 0 ? state.author : state.reader;
    await call(setup('comment ' + state.comments), 'POST', '/articles/' + encodeURIComponent(state.slugs[0])
      + '/comments', { comment: { body: 'probe comment ' + word + ' ' + state.comments } }, by);
    state.comments++;
  }
}

async function measure(state, size) {
  const q = encodeURIComponent;
  const endpoints = [
    ['GET /articles?limit=', '/articles?limit=' + size],
    ['GET /articles?author=', '/articles?author=' + q(state.authorName) + '&limit=50'],
    ['GET /articles?tag=', '/articles?tag=' + q(state.tag) + '&limit=50'],
    ['GET /articles?favorited=', '/articles?favorited=' + q(state.readerName) + '&limit=50'],
    ['GET /articles/feed', '/articles/feed?limit=50'],
    ['GET /articles/:slug/comments', '/articles/' + q(state.slugs[0]) + '/comments'],
  ];
  for (const [endpoint, path] of endpoints) {
    // Twice: the first call of a kind may pay for a cold cache or a new connection.
    for (const repeat of [0, 1]) {
      await call({ phase: 'measure', endpoint, size, repeat }, 'GET', path, undefined, state.reader);
    }
  }
}

async function main() {
  const authorName = 'probeauthor' + word;
  const readerName = 'probereader' + word;
  const state = { authorName, readerName, tag: 'probetag' + word, slugs: [], comments: 0 };
  state.author = await register(authorName);
  state.reader = await register(readerName);
  await call(setup('follow'), 'POST', '/profiles/' + encodeURIComponent(authorName) + '/follow', undefined, state.reader);
  for (const size of [small, large]) {
    await grow(state, size);
    await measure(state, size);
  }
}

main().then(() => process.exit(0), (e) => {
  console.error('probe stopped: ' + e.message);
  process.exit(2);
});
