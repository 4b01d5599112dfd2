// The page a static host serves for any missing address: written once as build/404.html.
// No client-side router: it would read the missing address as a route. Its relative URLs are
// made absolute from the base path by hooks.server.ts, so it works at any depth.
export const prerender = true;
export const trailingSlash = 'never';
export const csr = false;
