// `npm run bench`: sizes (min+gzip) and upgrade speeds, ours beside the anchors the issues name.
// Runs every bench/*.bench.mjs (or only those named: `node bench/bench.mjs video-embed`).
// Each module: `export default async function ({ size, fileSize, bundle, timeUpgrades, timeActions, print }) { ... }`;
// the two timers take a list of scenarios, run them in turn (so the machine's drift falls on all
// alike) and return one `{ total, script, spread, forced }` for each (medians in ms; `spread` the
// middle half of the rounds' script times).
// Figures only: nothing here asserts. Timings are script time in headless Chromium on this machine.
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/find-chrome.mjs';
import { minifyLiteralsEsbuild } from '../scripts/minify-literals.mjs';

const root = resolve(import.meta.dirname, '..');
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** min+gzip bytes of `entry` (a path from the project root, or a package) bundled with esbuild,
 * minified as the CDN build minifies (our `css` literals too). `external` replaces the default. */
async function size(entry, { external = ['lit', 'lit/*', '@lit/*'] } = {}) {
  const isPath = /^[./]|^(src|dist|bench|node_modules)\//.test(entry);
  const result = await build({
    ...(isPath ? { entryPoints: [resolve(root, entry)] } : { stdin: { contents: `export * from ${JSON.stringify(entry)};`, resolveDir: root } }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external,
    logLevel: 'silent',
    plugins: [minifyLiteralsEsbuild()],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

/** Bundles `entry` alone (Lit inlined, minified as the CDN build is) into bench/.out/; returns its URL path for the timers. */
async function bundle(entry) {
  const name = basename(entry).replace(/(-define)?\.[jt]s$/, '');
  await build({
    entryPoints: [resolve(root, entry)],
    outfile: resolve(root, `bench/.out/${name}.js`),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    plugins: [minifyLiteralsEsbuild()],
  });
  return `/bench/.out/${name}.js`;
}

/** gzip bytes of a built file as it ships. */
async function fileSize(path) {
  return gzipSync(await readFile(resolve(root, path)), { level: 9 }).length;
}

/** A static server over the project root; `/__bench?page=N` serves page N of those under test. */
function serve() {
  let pages = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (path === '/__bench') return void res.writeHead(200, { 'content-type': 'text/html' }).end(pages[url.searchParams.get('page')]);
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ origin: `http://127.0.0.1:${server.address().port}`, setPages: (html) => (pages = html), close: () => server.close() })),
  );
}

/** The harness's own steps, by the name the profiler records them under. */
const SETTLE = 'benchSettle';
/** Trace events in which script runs (as DevTools' timeline names them). */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'FireAnimationFrame']);
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
/** The middle half of the rounds' values, as `low–high`: how much one figure moves from run to run. */
const spread = (values) => {
  const v = sorted(values);
  return `${v[Math.floor((v.length - 1) / 4)].toFixed(1)}–${v[Math.ceil(((v.length - 1) * 3) / 4)].toFixed(1)}`;
};

async function main() {
  const only = process.argv.slice(2);
  const modules = (await readdir(resolve(root, 'bench'))).filter((f) => f.endsWith('.bench.mjs')).sort();
  const chosen = modules.filter((f) => !only.length || only.includes(f.replace('.bench.mjs', '')));
  const server = await serve();
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });

  /**
   * Runs each scenario's `action` on a fresh page of its `body` (after running its `before`,
   * untimed) until everything has rendered and been laid out: `runs` rounds, each scenario once a
   * round. Returns, per scenario, medians in ms: `total` (wall clock, including any module fetch,
   * style and layout) and `script` (time V8's sampling profiler spent running
   * JavaScript, garbage collection included, as DevTools' "Scripting": what the issues' "script
   * time" goals mean; waiting on the network, style and layout are not script). The wall clock
   * minus Chromium's style and layout metrics, used before, also counted module fetch and idle gaps.
   * Style and layout that a script forces (reading a size, `showModal()`) run inside the calling
   * frame, so the profiler books them as script; a trace taken alongside times them, and they are
   * moved out of `script` (DevTools draws them as Rendering) and reported as `forced`. `spread` is
   * the middle half of the rounds' script times (`low–high` ms), for how far one median can be trusted.
   */
  async function measure(scenarios, runs = 9) {
    server.setPages(scenarios.map(({ body }) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`));
    const totals = scenarios.map(() => []);
    const scripts = scenarios.map(() => []);
    const forced = scenarios.map(() => []);
    // Waiting for every element's update, and the final style and layout, run in functions of
    // their own that are left out of script time: they are the harness's work, not the element's
    // (V8's profiler puts layout that script forces under the calling frame).
    const run = (source) => `(async () => { ${source}
      await (function ${SETTLE}() { return Promise.all([...document.querySelectorAll('*')].map((el) => el.updateComplete)); })();
      (function ${SETTLE}() { performance.mark('${SETTLE}'); void document.body.offsetHeight; })(); })()`;
    for (let round = 0; round < runs; round++) {
      for (const [i, { before = '', action }] of scenarios.entries()) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        const cdp = await page.createCDPSession();
        await page.goto(`${server.origin}/__bench?page=${i}`, { waitUntil: 'load' });
        await page.evaluate(run(before));
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await page.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing'] });
        totals[i].push(
          await page.evaluate(
            (source) =>
              new Promise((done) =>
                setTimeout(async () => {
                  const t0 = performance.now();
                  await new Function(`return ${source}`)();
                  done(performance.now() - t0);
                }),
              ),
            run(action),
          ),
        );
        const { profile } = await cdp.send('Profiler.stop');
        const styleAndLayout = forcedTime(JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents);
        scripts[i].push(scriptTime(profile) - styleAndLayout);
        forced[i].push(styleAndLayout);
        await page.close();
      }
    }
    return scenarios.map((_, i) => ({ total: median(totals[i]), script: median(scripts[i]), spread: spread(scripts[i]), forced: median(forced[i]) }));
  }

  /**
   * ms of a CPU profile's samples spent in JavaScript: not idle, not Chromium's own work, and not
   * the harness's own steps (its final layout is what DevTools counts as Rendering, not Scripting).
   */
  function scriptTime({ nodes, samples, timeDeltas }) {
    const notScript = new Set();
    const skip = (node) => {
      notScript.add(node.id);
      for (const id of node.children ?? []) skip(byId.get(id));
    };
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const n of nodes) {
      if (['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)) notScript.add(n.id);
      if (n.callFrame.functionName === SETTLE) skip(n);
    }
    let micros = 0;
    for (let i = 1; i < samples.length; i++) if (!notScript.has(samples[i])) micros += timeDeltas[i];
    return micros / 1000;
  }

  /**
   * ms of style and layout forced from script before the harness's own final layout: the trace's
   * UpdateLayoutTree and Layout events on the page's main thread that lie inside a script event.
   * Style and layout of a rendered frame lie outside any (and outside the profile's script time).
   */
  function forcedTime(events) {
    const mark = events.find((e) => e.name === SETTLE && e.cat.includes('blink.user_timing'));
    const onMain = events.filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.ts < mark.ts);
    const scripts = onMain.filter((e) => SCRIPT_EVENTS.has(e.name));
    const within = (e) => scripts.some((s) => s.ts <= e.ts && e.ts + e.dur <= s.ts + s.dur);
    const rendering = onMain.filter((e) => (e.name === 'UpdateLayoutTree' || e.name === 'Layout') && within(e));
    // Outermost only: a Layout can run inside an UpdateLayoutTree.
    const outer = rendering.filter((e) => !rendering.some((o) => o !== e && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur));
    return outer.reduce((ms, e) => ms + e.dur / 1000, 0);
  }

  /** Upgrading a page of `body`: importing `script` (a URL from the project root), then `setup`; per scenario. */
  const timeUpgrades = (scenarios) =>
    measure(scenarios.map(({ body, script, setup = '' }) => ({ body, action: `await import(${JSON.stringify(script)}); ${setup}` })));

  /** `action` on a page of `body`, after importing `script` and running `before`; per scenario. */
  const timeActions = (scenarios) =>
    measure(scenarios.map(({ body, script, before = '', action }) => ({ body, before: `await import(${JSON.stringify(script)}); ${before}`, action })));

  const pad = (text, n) => String(text).padEnd(n);
  function print(label, value, unit = '', note = '') {
    const shown = typeof value === 'number' ? (unit === 'ms' ? value.toFixed(2) : String(value)) : value;
    console.log(`  ${pad(label, 58)} ${pad(`${shown} ${unit}`.trim(), 14)} ${note}`);
  }

  console.log('Timings: script time, the median of 9 rounds; "rounds a–b ms" is the middle half of them (the run-to-run spread).');
  console.log('\nBundle (min+gzip bytes, as shipped)');
  print('dist/cdn/article-elements.js (all elements, Lit inlined)', await fileSize('dist/cdn/article-elements.js'), 'B');
  print('dist/cdn/article-elements.iife.js', await fileSize('dist/cdn/article-elements.iife.js'), 'B');
  print('dist/cdn/article-elements.css', await fileSize('dist/cdn/article-elements.css'), 'B');
  print('lit (for reference: shared by every element)', await size('lit', { external: [] }), 'B');

  try {
    for (const file of chosen) {
      console.log(`\n${file.replace('.bench.mjs', '')}`);
      const { default: run } = await import(`./${file}`);
      await run({ size, fileSize, bundle, timeUpgrades, timeActions, print });
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
