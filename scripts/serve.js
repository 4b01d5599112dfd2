// A small static file server for the built site, the way a static host serves it:
// /en/ → en/index.html, /en → 301 /en/, any unknown path (at any depth, inside the base path or
// not) → 404.html with status 404. Optional base path.
// Usage: node scripts/serve.js [--dir build] [--port 4173] [--base /x]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

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
    res.writeHead(404, { 'content-type': notFound ? TYPES['.html'] : 'text/plain' });
    if (notFound) createReadStream(notFound.path).pipe(res);
    else res.end('Not found');
    return;
  }
  const type = TYPES[extname(found.path)] ?? 'application/octet-stream';
  const immutable = pathname.includes('/_app/immutable/');
  res.writeHead(200, {
    'content-type': type,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
  });
  createReadStream(found.path).pipe(res);
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
