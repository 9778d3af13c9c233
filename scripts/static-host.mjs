// A static host on this machine that serves a built site as Netlify or Cloudflare Pages would:
// its files, the headers its `_headers` file gives each path, a folder's index.html, the 404 page
// for anything else, and, as those hosts do, every plain-HTTP request sent on to HTTPS. Both
// schemes answer on one port (the first byte of a connection tells a TLS handshake from HTTP), so
// that a scanner given `localhost:<port>` finds the redirect and the secure site on the same host.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { generate } from 'selfsigned';
import { headersFor, parseHeadersFile } from '../src/lib/hosting/parse-headers-file.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const TLS_HANDSHAKE = 0x16;

/** The file a path names in `root`: itself, or its folder's index.html; undefined if none. */
function fileFor(root, pathname) {
  const path = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (!path.startsWith(root)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** A certificate for localhost, valid for a day, and its key: for a client told to trust it alone. */
export async function localCertificate() {
  const now = new Date();
  const { private: key, cert } = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] },
    ],
  });
  return { key, cert };
}

/**
 * Answers requests for `root` (a built site) as such a host does: its files, with the headers its
 * `_headers` file gives each path, a folder's index.html, and the 404 page for anything else.
 * @param {string} root
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void}
 */
export function serveFiles(root) {
  const rules = existsSync(join(root, '_headers'))
    ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'), join(root, '_headers'))
    : [];
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'https://host');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let file = fileFor(root, url.pathname);
    if (file && file.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const status = file ? 200 : 404;
    file ??= fileFor(root, '/404.html');
    const headers = Object.fromEntries(headersFor(rules, url.pathname));
    const body = file ? readFileSync(file) : Buffer.from('Not found');
    response.writeHead(status, {
      ...headers,
      'content-type': (file && TYPES[extname(file)]) ?? 'application/octet-stream',
      'content-length': body.length,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

/**
 * Serves `root` (a built site) on `port` of 127.0.0.1, or a free one, under the key and
 * certificate given; resolves to its origin and a `stop()`.
 * @param {{ root: string, key: string, cert: string, port?: number }} options
 */
export async function startStaticHost({ root, key, cert, port = 0 }) {
  const plain = createHttpServer((request, response) => {
    response.writeHead(301, { location: `https://${request.headers.host}${request.url}` }).end();
  });
  const secure = createHttpsServer({ key, cert }, serveFiles(root));
  const sockets = new Set();
  const both = createNetServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  await new Promise((resolve) => both.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = both.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `https://localhost:${bound}`,
    host: `localhost:${bound}`,
    stop: () =>
      new Promise((resolve) => {
        both.close(() => resolve(undefined));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
