// What a framework app's toolchain does with the npm package, for test/package.test.ts: bundle
// an import of it (esbuild, resolving `article-elements` through package.json's `exports`, as
// Vite and webpack do) and type-check a file that uses it (TypeScript, `moduleResolution:
// bundler`). Both read dist/, which `npm test` builds first.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');

/** Bundles `source` as an app's entry; returns the modules that went in (paths from the root) and the code. */
export async function bundleApp(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' }, // as Vite and webpack set it for an app's build (React reads it)
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs).filter((path) => path !== '<stdin>'), code: result.outputFiles[0].text };
}

/** TypeScript's errors for `file` (from the root), checked as an app with strict settings checks it. */
export function typecheckApp(file) {
  const program = ts.createProgram([resolve(root, file)], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    jsx: ts.JsxEmit.ReactJSX,
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/**
 * Runs `source` as an ES module in a Node process of its own at the package root (no DOM, as a
 * server renders; `article-elements` resolves to dist/ through `exports`); returns its output.
 */
export function runInNode(source) {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, ['--input-type=module', '-e', source], { cwd: root, timeout: 30_000 }, (error, stdout, stderr) =>
      resolvePromise({ ok: !error, stdout, stderr }),
    );
  });
}
