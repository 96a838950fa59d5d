/**
 * Two library builds from one source tree:
 * - default: for bundlers (framework apps). One ES module per source module, Lit external, not
 *   minified, source maps; `tsc -p tsconfig.build.json` writes the `.d.ts` files beside them.
 * - `--mode cdn`: for script tags (third-party sites). One minified ES module and one classic
 *   script with Lit inlined, plus `article-elements.css`, the pre-upgrade stylesheet.
 * `npm start` serves the demo pages (index.html, no-js.html) from this folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { documentStylesCss } from './scripts/document-styles.mjs';
import { isNoJsPath, noJsPage } from './scripts/no-js.mjs';

const src = resolve(import.meta.dirname, 'src');

/** `src/index.ts`, every element's `*-define.ts` and every React wrapper (`src/react/*.ts`), named by their path under src/. */
function entries(): Record<string, string> {
  const found: Record<string, string> = { index: resolve(src, 'index.ts') };
  for (const dir of readdirSync(src, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(resolve(src, dir.name))) {
      if (file.endsWith('-define.ts') || dir.name === 'react') found[`${dir.name}/${basename(file, '.ts')}`] = resolve(src, dir.name, file);
    }
  }
  return found;
}

/**
 * Writes `article-elements.css`: the document styles (themes, light-DOM typography; the same
 * rules the elements adopt at runtime) and every element's `*.preload.css` (boxes before upgrade).
 */
function preloadCss(): Plugin {
  return {
    name: 'article-elements-preload-css',
    async generateBundle() {
      const parts = [readFileSync(resolve(src, 'core/preload.css'), 'utf8'), await documentStylesCss(src)];
      for (const dir of readdirSync(src, { withFileTypes: true })) {
        const file = resolve(src, dir.name, `${dir.name}.preload.css`);
        if (dir.isDirectory() && existsSync(file)) parts.push(readFileSync(file, 'utf8'));
      }
      const source = parts.join('\n').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1');
      this.emitFile({ type: 'asset', fileName: 'article-elements.css', source: source.trim() + '\n' });
    },
  };
}

/** `npm start`: serves /no-js.html, the demo page with its scripts removed. */
function noJs(): Plugin {
  return {
    name: 'article-elements-no-js',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (!isNoJsPath(new URL(req.url ?? '/', 'http://x').pathname)) return next();
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(await noJsPage(server.config.root));
      });
    },
  };
}

const cdn = {
  publicDir: false,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: resolve(src, 'index.ts'),
      name: 'ArticleElements',
      formats: ['es', 'iife'],
      fileName: (format: string) => (format === 'es' ? 'article-elements.js' : 'article-elements.iife.js'),
    },
    // Library mode keeps whitespace in ES output; this bundle goes to pages as it is, so minify it all.
    rolldownOptions: { plugins: [minifyLiteralsPlugin(), preloadCss()], output: { minify: true } },
  },
} satisfies UserConfig;

const bundlers = {
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true, // the CDN build writes dist/cdn after this one
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: entries(), formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
} satisfies UserConfig;

export default defineConfig(({ command, mode }) => (command === 'serve' ? { plugins: [noJs()] } : mode === 'cdn' ? cdn : bundlers));
