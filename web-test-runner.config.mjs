// @web/test-runner: every test/*.test.ts in headless system Chromium. Ends with the plain line
// `tests: N passed, N failed` that CI reads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, findChrome } from './scripts/find-chrome.mjs';
import { isNoJsPath, noJsPage } from './scripts/no-js.mjs';
import { bundleApp, resolveTypedExports, runInNode, typecheckApp, typecheckNode10App } from './scripts/app-build.mjs';
import { typecheckProject } from './scripts/typecheck.mjs';

/**
 * The demo's URLs as `npm start` serves them: `/samples/*` from public/, and /no-js.html. A
 * `delay=MS` query parameter (up to 5 s) holds any response back, to test images that arrive late.
 */
async function demoUrls(ctx, next) {
  const url = new URL(ctx.url, 'http://x');
  const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 5000);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  if (isNoJsPath(url.pathname)) {
    ctx.type = 'html';
    ctx.body = await noJsPage(process.cwd());
    return;
  }
  if (!url.pathname.startsWith('/samples/')) return next();
  ctx.url = `/public${url.pathname}${url.search}`;
  return next();
}

/** Commands for tests: record the URLs the page requests, as a host page's network panel would. */
function requestsPlugin() {
  const recorded = new Map();
  return {
    name: 'requests',
    async executeCommand({ command, session }) {
      if (command !== 'requests-start' && command !== 'requests-take') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'requests-start') {
        const urls = [];
        const listener = (request) => urls.push(request.url());
        recorded.get(session.id)?.stop();
        page.on('request', listener);
        recorded.set(session.id, { urls, stop: () => page.off('request', listener) });
        return true;
      }
      const entry = recorded.get(session.id);
      return entry ? entry.urls.splice(0) : [];
    },
  };
}

/** One CDP session per test page, kept for the page's life: an emulation ends with the session that set it. */
const cdpSessions = new Map();
async function cdpSession(session) {
  let cdp = cdpSessions.get(session.id);
  if (!cdp) cdpSessions.set(session.id, (cdp = await session.browser.getPage(session.id).createCDPSession()));
  return cdp;
}

/**
 * `touch`: a real touch gesture through Chromium's input pipeline (CDP), as a finger makes it: each
 * stroke `[x0, y0, x1, y1]` (viewport CSS pixels) is a finger moving in a straight line, all at
 * once, over `steps` moves 16 ms apart. One stroke of no length is a tap; two are a pinch.
 */
function touchPlugin() {
  return {
    name: 'touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      const cdp = await cdpSession(session);
      // A touch screen only for the gesture, so other tests still see a mouse-only browser.
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      const { strokes, steps = 10 } = payload;
      const at = (t) => strokes.map(([x0, y0, x1, y1], id) => ({ id, x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t }));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
      for (let i = 1; i <= steps; i++) {
        await new Promise((resolve) => setTimeout(resolve, 16));
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
      return true;
    },
  };
}

/**
 * `forced-colors`: emulates Windows' high-contrast mode (`forced-colors: active`) while `active`;
 * `@web/test-runner-commands`' emulateMedia has no such feature for Puppeteer.
 */
function forcedColorsPlugin() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const cdp = await cdpSession(session);
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

/** Vite's `?raw` imports, as the stories use them (the full-article story reads index.html): the file as a string. */
function rawImports() {
  return {
    name: 'raw-imports',
    async serve(context) {
      if (!context.URL.searchParams.has('raw')) return undefined;
      return { body: `export default ${JSON.stringify(await readFile(join(process.cwd(), context.path), 'utf8'))};`, type: 'js' };
    },
  };
}

/**
 * `/__storybook.js`: Storybook's story composer, set up with its web-components renderer, and its
 * docs tables' reading of the manifest, for test/stories.test.ts, bundled once with esbuild: they
 * import CommonJS packages the test server can't serve as modules. Lit stays outside, so stories
 * and renderer share the page's one Lit.
 */
function storybookRuntime() {
  let bundle;
  return {
    name: 'storybook-runtime',
    async serve(context) {
      if (context.path !== '/__storybook.js') return undefined;
      bundle ??= build({
        stdin: {
          contents: "export { composeStories } from 'storybook/preview-api'; export { setCustomElementsManifest, setProjectAnnotations } from '@storybook/web-components'; export { parameters as argTypesParameters } from '@storybook/web-components/entry-preview-argtypes';",
          resolveDir: process.cwd(),
        },
        bundle: true,
        format: 'esm',
        write: false,
        external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit/*'],
        define: { 'process.env.NODE_ENV': '"test"' },
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}

/**
 * Commands for test/package.test.ts: what an app's bundler, type checker and server (Node) make of
 * the package; and for test/typescript.test.ts, the project's own type check.
 */
function appBuildPlugin() {
  return {
    name: 'app-build',
    async executeCommand({ command, payload }) {
      if (command === 'app-bundle') return bundleApp(payload.source);
      if (command === 'app-typecheck') return typecheckApp(payload.file);
      if (command === 'app-typecheck-node10') return typecheckNode10App(payload.files);
      if (command === 'app-resolve-types') return resolveTypedExports();
      if (command === 'node-run') return runInNode(payload.source);
      if (command === 'project-typecheck') return typecheckProject();
      return undefined;
    },
  };
}

function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
}

/** Prints the summary line CI reads; a file that failed to load counts as one failed test. */
function summaryReporter() {
  let counts;
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        countTests(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
    },
    stop() {
      // On exit, so it is printed after the default reporter's own closing lines.
      process.once('exit', () => {
        if (counts) console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      });
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [demoUrls],
  concurrency: 1,
  testsFinishTimeout: 240000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), rawImports(), storybookRuntime(), requestsPlugin(), touchPlugin(), forcedColorsPlugin(), a11ySnapshotPlugin(), appBuildPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs } })],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
