// Every page is prerendered to static HTML; trailing slashes give /en/index.html style files.
export const prerender = true;
export const trailingSlash = 'always';
