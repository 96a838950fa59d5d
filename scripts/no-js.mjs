// /no-js.html: the demo page with every <script> removed, to show what readers get without
// JavaScript. Derived from index.html on each request, so the two pages can never drift apart.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const NOTICE =
  '<p style="margin:0;padding:.5rem 1rem;background:#fff3c4;color:#3b2f00;font:14px/1.4 system-ui,sans-serif">' +
  'This is the sample article without JavaScript: what readers and search engines get before (or without) the script.</p>';

/** index.html without scripts, with a notice at the top of the body. */
export async function noJsPage(root) {
  const html = await readFile(resolve(root, 'index.html'), 'utf8');
  return html.replace(/<script\b[\s\S]*?<\/script>\s*/gi, '').replace(/<body>/, `<body>\n    ${NOTICE}`);
}

/** Connect/Koa-agnostic check: does this request path ask for the no-JS page? */
export const isNoJsPath = (path) => path === '/no-js.html' || path === '/no-js';
