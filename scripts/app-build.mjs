// What a framework app's toolchain does with the npm package, for test/package.test.ts: bundle
// an import of it (esbuild, resolving `article-elements` through package.json's `exports`, as
// Vite and webpack do) and type-check a file that uses it (TypeScript, `moduleResolution:
// bundler`). Both read dist/, which `npm test` builds first. The older `moduleResolution: node`
// (node10) ignores `exports`, so it is checked on the package as `npm pack` makes it, installed
// in an app's node_modules.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
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

const run = promisify(execFile);

/**
 * Calls `use(app)` with a throwaway app folder whose node_modules/article-elements is the package
 * as `npm pack` makes it; its other packages (Lit, React, Vue, Svelte) are the repository's, found
 * one folder up, as an app that installed them would find its own.
 */
async function withPackedApp(use) {
  const dir = await mkdtemp(join(tmpdir(), 'article-elements-app-'));
  try {
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root });
    const app = join(dir, 'app');
    const pkg = join(app, 'node_modules', 'article-elements');
    await mkdir(pkg, { recursive: true });
    await run('tar', ['-xzf', join(dir, JSON.parse(stdout)[0].filename), '-C', pkg, '--strip-components=1']);
    await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return await use(app);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Compiler options of an app on `module: commonjs`, for which TypeScript picks `moduleResolution: node` (node10), as Jest and older Angular setups have it. */
const node10App = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  // As CommonJS apps with React set it (`tsc --init` did before 5.9): @lit/react's types
  // default-import React, and without it the React components' event props are `any`.
  esModuleInterop: true,
  noUncheckedSideEffectImports: true, // an import for its effect alone must find its types too
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  jsx: ts.JsxEmit.ReactJSX,
  skipLibCheck: true,
};

/**
 * TypeScript's errors, under node10 against the packed package, for `files` (fixtures, from the
 * root) and an app module that imports every subpath `exports` gives types for.
 */
export function typecheckNode10App(files) {
  return withPackedApp(async (app) => {
    const imports = (await typedExports(join(app, 'node_modules', 'article-elements'))).map(({ specifier }) => `import type {} from '${specifier}';`);
    await writeFile(join(app, 'every-subpath.ts'), imports.join('\n') + '\n');
    for (const file of files) await copyFile(resolve(root, file), join(app, basename(file)));
    const program = ts.createProgram(['every-subpath.ts', ...files.map((file) => basename(file))].map((file) => join(app, file)), node10App);
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file ? basename(d.file.fileName) + ': ' : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`.replaceAll(app + '/', ''));
  });
}

/**
 * Every module specifier of the package that `exports` gives types for (`*` patterns taken for
 * each file they match), with that .d.ts (a path in the package).
 */
async function typedExports(pkg) {
  const { exports } = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8'));
  const entries = [];
  for (const [key, target] of Object.entries(exports)) {
    const types = target?.types;
    if (!types) continue;
    if (!key.includes('*')) {
      entries.push({ specifier: join('article-elements', key), types: relative('.', types) });
      continue;
    }
    const [before, after] = relative('.', types).split('*');
    const dir = before.slice(0, before.lastIndexOf('/'));
    for (const file of (await readdir(join(pkg, dir))).map((name) => `${dir}/${name}`)) {
      if (file.startsWith(before) && file.endsWith(after)) entries.push({ specifier: join('article-elements', key.replace('*', file.slice(before.length, -after.length))), types: file });
    }
  }
  return entries;
}

/**
 * For every subpath `exports` gives types for, in the packed package: that .d.ts, and the file
 * TypeScript resolves the import to under node10 (through `typesVersions`), node16 (an ES module
 * importing it and a CommonJS one requiring it) and bundler (through `exports`), all as paths in
 * the package.
 */
export function resolveTypedExports() {
  return withPackedApp(async (app) => {
    const pkg = join(app, 'node_modules', 'article-elements');
    const from = join(app, 'app.ts');
    const resolveAs = (specifier, options, mode) => {
      const { resolvedModule } = ts.resolveModuleName(specifier, from, options, ts.sys, undefined, undefined, mode);
      return resolvedModule ? relative(pkg, resolvedModule.resolvedFileName) : null;
    };
    const node16 = { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 };
    return (await typedExports(pkg)).map(({ specifier, types }) => ({
      specifier,
      types,
      node10: resolveAs(specifier, node10App),
      node16Import: resolveAs(specifier, node16, ts.ModuleKind.ESNext),
      node16Require: resolveAs(specifier, node16, ts.ModuleKind.CommonJS),
      bundler: resolveAs(specifier, { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }),
    }));
  });
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
