// A small static file server for the built site, the way a static host serves it:
// /en/ → en/index.html, /en → 301 /en/, any unknown path (at any depth, inside the base path or
// not) → 404.html with status 404; text is gzipped. Optional base path.
// Usage: node scripts/serve.js [--dir build] [--port 4173] [--base /x]
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'build' },
    port: { type: 'string', default: '4173' },
    base: { type: 'string', default: '' }
  }
});

const root = resolve(values.dir);
const base = values.base.replace(/\/+$/, '');
const port = Number(values.port);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml'
};

// Text is sent gzipped when the browser accepts it, as static hosts do; fonts and images are
// compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml']);
/** @type {Map<string, { mtime: number, body: Buffer }>} */
const gzipped = new Map();

/** The gzipped bytes of a file, made once per version of the file. */
function gzipOf(/** @type {string} */ path) {
  const mtime = statSync(path).mtimeMs;
  const cached = gzipped.get(path);
  if (cached && cached.mtime === mtime) return cached.body;
  const body = gzipSync(readFileSync(path), { level: 9 });
  gzipped.set(path, { mtime, body });
  return body;
}

/** Sends a file with a status and headers, gzipped when the type and the request allow. */
function send(req, res, status, path, headers) {
  const gzip =
    COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
  if (!gzip) {
    res.writeHead(status, headers);
    createReadStream(path).pipe(res);
    return;
  }
  const body = gzipOf(path);
  res.writeHead(status, {
    ...headers,
    'content-encoding': 'gzip',
    'content-length': body.length,
    vary: 'accept-encoding'
  });
  res.end(body);
}

/** The file a URL path maps to inside root, or null when it escapes root or does not exist. */
function fileFor(pathname) {
  const local = normalize(join(root, decodeURIComponent(pathname)));
  if (local !== root && !local.startsWith(root + sep)) return null;
  try {
    const stat = statSync(local);
    if (stat.isDirectory()) {
      const index = join(local, 'index.html');
      return statSync(index).isFile() ? { path: index, dir: true } : null;
    }
    return stat.isFile() ? { path: local, dir: false } : null;
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (base && url.pathname === base) {
    res.writeHead(301, { location: `${base}/${url.search}` }).end();
    return;
  }
  const inBase = url.pathname.startsWith(`${base}/`);
  const pathname = url.pathname.slice(base.length);
  let found = null;
  try {
    if (inBase) found = fileFor(pathname);
  } catch {
    found = null; // malformed percent-encoding
  }
  if (found?.dir && !pathname.endsWith('/')) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  if (!found) {
    // The site's own 404 page: its asset paths are absolute, so it renders at any depth.
    const notFound = fileFor('/404.html');
    if (notFound) send(req, res, 404, notFound.path, { 'content-type': TYPES['.html'] });
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const type = TYPES[extname(found.path)] ?? 'application/octet-stream';
  const immutable = pathname.includes('/_app/immutable/');
  send(req, res, 200, found.path, {
    'content-type': type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
  });
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is already in use. Stop what runs there, or pick another: --port 5000`
    );
    process.exit(1);
  }
  throw error;
});

server.listen(port, () => {
  console.log(`Serving ${root} at http://localhost:${port}${base}/`);
});
