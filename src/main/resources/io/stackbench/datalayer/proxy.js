// StackBench's request marker. It stands between the suite (newman) and the solution's server in
// the sandbox's network, forwards every request unchanged but for its Host header, and writes one
// JSON line per request saying when it began and ended, so the statements PostgreSQL logged can
// be attributed to the request that caused them.
// Arguments: listen port, the server's port, the marks file, the file to create once listening.
'use strict';
const http = require('http');
const fs = require('fs');

const [listenPort, serverPort, marksFile, readyFile] = process.argv.slice(1);
const now = () => performance.timeOrigin + performance.now();
const agent = new http.Agent({ keepAlive: true });
let next = 0;

function record(mark) {
  fs.appendFileSync(marksFile, JSON.stringify(mark) + '\n');
}

const proxy = http.createServer((req, res) => {
  const mark = { seq: next++, method: req.method, path: req.url, start: now() };
  let done = false;
  const finish = (fields) => {
    if (!done) {
      done = true;
      record({ ...mark, ...fields, end: now() });
    }
  };
  const headers = { ...req.headers, host: 'localhost:' + serverPort };
  const upstream = http.request({ host: 'localhost', port: Number(serverPort), method: req.method, path: req.url,
    headers, agent }, (response) => {
    res.writeHead(response.statusCode, response.statusMessage, response.headers);
    response.pipe(res);
    response.on('end', () => finish({ status: response.statusCode }));
    response.on('error', (e) => finish({ error: e.code || String(e) }));
  });
  // A server that refuses or drops the connection looks the same to the suite as without the
  // marker: the connection closes without an answer.
  upstream.on('error', (e) => {
    finish({ error: e.code || String(e) });
    req.socket.destroy();
  });
  res.on('close', () => {
    if (!done) {
      upstream.destroy();
      finish({ error: 'client closed' });
    }
  });
  req.pipe(upstream);
});
proxy.keepAliveTimeout = 60000;
proxy.listen(Number(listenPort), '127.0.0.1', () => fs.writeFileSync(readyFile, String(process.pid)));
proxy.on('error', (e) => {
  console.error('the request marker cannot listen: ' + e.message);
  process.exit(3);
});
