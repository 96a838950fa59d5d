// The npm package as a framework app uses it (React, Vue, Svelte, Angular, plain Vite): its
// imports bundled by esbuild through package.json's `exports`, its types checked by TypeScript,
// both on the built dist/ (scripts/app-build.mjs, run in Node by the test runner), and for
// TypeScript's `moduleResolution: node`, which ignores `exports`, on the package as npm packs it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface AppBundle {
  inputs: string[];
  code: string;
}

const bundle = (source: string) => executeServerCommand<AppBundle, { source: string }>('app-bundle', { source });
/** Runs `source` as a module in Node at the package root (scripts/app-build.mjs). */
const node = (source: string) => executeServerCommand<{ ok: boolean; stdout: string; stderr: string }, { source: string }>('node-run', { source });
const ours = ({ inputs }: AppBundle) => inputs.filter((path) => path.startsWith('dist/'));
/** The elements' folders (dist/<tag>/…) a bundle took modules from. */
const elementsIn = (app: AppBundle) => {
  const folders = ours(app).map((path) => path.split('/')).filter((parts) => parts.length > 2).map((parts) => parts[1]!);
  return [...new Set(folders)].filter((dir) => !['core', 'themes', 'lightbox'].includes(dir)).sort();
};

/** Runs a bundle in this page, as the app's own script. */
async function run({ code }: AppBundle): Promise<void> {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

describe('npm package', () => {
  it('bundles one element alone, with Lit from the app’s own node_modules (one copy, shared)', async () => {
    const app = await bundle("import 'article-elements/video-embed.js';");
    expect(elementsIn(app)).to.deep.equal(['video-embed']);
    expect(app.inputs).to.include('node_modules/lit-html/lit-html.js');
    expect(app.inputs.filter((path) => path.endsWith('/lit-html.js'))).to.have.length(1);
    // No module of ours carries a copy of Lit.
    for (const path of ours(app)) expect(path).to.match(/^dist\/(core|themes|video-embed)\//);
  });

  it('bundles every element from the package’s main entry', async () => {
    const app = await bundle("import 'article-elements';");
    expect(elementsIn(app)).to.deep.equal([
      'article-body',
      'article-header',
      'image-figure',
      'image-gallery',
      'pull-quote',
      'related-articles',
      'tweet-quote',
      'video-embed',
    ]);
  });

  it('gives the class alone, registering nothing, for an app to name it', async () => {
    const app = await bundle("import { VideoEmbed } from 'article-elements/video-embed/video-embed.js'; window.AppVideo = VideoEmbed;");
    await run(app);
    expect(customElements.get('video-embed')).to.equal(undefined);
    const { AppVideo } = window as unknown as { AppVideo: { define(tag: string): void } };
    AppVideo.define('app-video');
    const el = document.createElement('app-video');
    el.innerHTML = '<a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Lanterns</a>';
    document.body.append(el);
    try {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Play video: Lanterns');
    } finally {
      el.remove();
    }
  });

  it('gives setStrings() without registering every element, for an app that imports one', async () => {
    const app = await bundle(`import { VideoEmbed } from 'article-elements/video-embed/video-embed.js';
      import { setStrings } from 'article-elements/localize.js';
      setStrings('de', { 'play-video': 'Video abspielen: {title}' });
      VideoEmbed.define('de-video');`);
    expect(elementsIn(app)).to.deep.equal(['video-embed']);
    await run(app);
    const el = document.createElement('de-video');
    el.lang = 'de';
    el.innerHTML = '<a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Laternen</a>';
    document.body.append(el);
    try {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      // The same strings the element reads: one localize module, shared.
      expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Video abspielen: Laternen');
    } finally {
      el.remove();
    }
  });

  it('describes the published files in custom-elements.json, with each tag defined by the module that registers it', async () => {
    type Module = { path: string; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] };
    const { modules } = (await (await fetch('/custom-elements.json')).json()) as { modules: Module[] };
    const paths = new Set(modules.flatMap((mod) => [mod.path, ...(mod.exports ?? []).map((entry) => entry.declaration.module ?? mod.path)]));
    for (const path of paths) {
      if (path === 'lit' || path.startsWith('lit/')) continue;
      expect(path, 'a path in the package').to.match(/^dist\//);
      expect((await fetch(`/${path}`, { method: 'HEAD' })).status, path).to.equal(200);
    }
    const definitions = modules.flatMap((mod) => (mod.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => `${mod.path} ${entry.name} ${entry.declaration.name}`));
    expect(definitions.sort()).to.deep.equal(
      ['article-body', 'article-header', 'image-figure', 'image-gallery', 'pull-quote', 'related-articles', 'tweet-quote', 'video-embed'].map((tag) => {
        const name = tag.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
        return `dist/${tag}/${tag}-define.js ${tag} ${name}`;
      }),
    );
  });

  it('imports every module it exports in Node, as a server-rendering app does (no DOM there)', async () => {
    // The script-tag bundles (./cdn/*) inline Lit's browser build: they are for pages only.
    const { ok, stdout, stderr } = await node(`
      import { readFileSync } from 'node:fs';
      const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
      const failed = [];
      for (const key of Object.keys(exports).filter((key) => !key.includes('*') && key.endsWith('.js'))) {
        await import('article-elements' + key.slice(1)).catch((error) => failed.push(key + ': ' + error.message));
      }
      for (const name of ['article-body', 'image-gallery', 'video-embed']) {
        await import('article-elements/react/' + name + '.js').catch((error) => failed.push(name + ': ' + error.message));
      }
      console.log(JSON.stringify(failed));`);
    expect(ok, stderr).to.equal(true);
    expect(JSON.parse(stdout)).to.deep.equal([]);
  });

  it('ships the source its source maps and declaration maps point to (an editor’s Go to Definition opens the TypeScript)', async () => {
    const { ok, stdout, stderr } = await node(`
      import { execFileSync } from 'node:child_process';
      import { readFileSync } from 'node:fs';
      import { dirname, join, normalize } from 'node:path';
      const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
      const packed = new Set(files.map((file) => file.path));
      const missing = new Set();
      for (const map of [...packed].filter((path) => path.endsWith('.map'))) {
        const { sources, sourcesContent } = JSON.parse(readFileSync(map, 'utf8'));
        sources.forEach((source, i) => {
          const path = normalize(join(dirname(map), source));
          if (!packed.has(path) && !sourcesContent?.[i]) missing.add(path);
        });
      }
      console.log(JSON.stringify({ maps: [...packed].filter((path) => path.endsWith('.d.ts.map')).length, missing: [...missing].slice(0, 5) }));`);
    expect(ok, stderr).to.equal(true);
    const { maps, missing } = JSON.parse(stdout) as { maps: number; missing: string[] };
    expect(maps, 'declaration maps').to.be.above(10);
    expect(missing, 'map sources not in the package').to.deep.equal([]);
  });

  it('can be required from CommonJS (Node 20.19+ loads ES modules through require)', async () => {
    const { ok, stdout, stderr } = await node(`
      import { createRequire } from 'node:module';
      const require = createRequire(process.cwd() + '/');
      console.log(JSON.stringify([require('article-elements').VideoEmbed?.name, require('article-elements/react/video-embed.js').VideoEmbed?.displayName]));`);
    expect(ok, stderr).to.equal(true);
    expect(JSON.parse(stdout)).to.deep.equal(['VideoEmbed', 'VideoEmbed']);
  });

  it('types every tag and event for TypeScript apps (test/fixtures/app/app.ts checks with no error)', async () => {
    const errors = await executeServerCommand<string[], { file: string }>('app-typecheck', { file: 'test/fixtures/app/app.ts' });
    expect(errors).to.deep.equal([]);
  });

  for (const [framework, file] of [
    ['Svelte 5 templates (article-elements/svelte)', 'svelte-app.ts'],
    ['Vue 3 templates (article-elements/vue)', 'vue-app.ts'],
    ['React 19 JSX with the tags themselves (article-elements/jsx)', 'react-tags.tsx'],
  ]) {
    it(`types every tag's attributes, properties and events for ${framework}: test/fixtures/app/${file} checks with no error`, async () => {
      const errors = await executeServerCommand<string[], { file: string }>('app-typecheck', { file: `test/fixtures/app/${file}` });
      expect(errors).to.deep.equal([]);
    });
  }

  // `moduleResolution: node` (node10), TypeScript's default for `module: commonjs` (Jest, older
  // Angular and Nx setups), ignores `exports`: it finds a subpath's types through `typesVersions`.
  it('types every subpath for apps on moduleResolution node (node10): an import of each, and the app fixtures (test/fixtures/app/*), check with no error against the packed package', async function () {
    this.timeout(30000);
    const files = ['app.ts', 'react-app.tsx', 'svelte-app.ts', 'vue-app.ts', 'react-tags.tsx'].map((file) => `test/fixtures/app/${file}`);
    const errors = await executeServerCommand<string[], { files: string[] }>('app-typecheck-node10', { files });
    expect(errors).to.deep.equal([]);
  });

  it('resolves every subpath that exports gives types for to that same .d.ts under node10 (typesVersions), node16 and bundler, and maps nothing exports lacks', async function () {
    this.timeout(30000);
    type Resolved = { specifier: string; types: string; node10: string | null; node16Import: string | null; node16Require: string | null; bundler: string | null };
    const resolved = await executeServerCommand<Resolved[], Record<string, never>>('app-resolve-types', {});
    expect(resolved.map(({ specifier }) => specifier)).to.include.members(['article-elements', 'article-elements/video-embed.js', 'article-elements/react/video-embed.js', 'article-elements/jsx']);
    for (const { specifier, types, ...modes } of resolved) {
      expect(modes, specifier).to.deep.equal({ node10: types, node16Import: types, node16Require: types, bundler: types });
    }
    const { exports, typesVersions } = (await (await fetch('/package.json')).json()) as { exports: Record<string, unknown>; typesVersions: Record<string, Record<string, string[]>> };
    expect(Object.keys(typesVersions), 'one map, for every TypeScript version').to.deep.equal(['*']);
    for (const key of Object.keys(typesVersions['*']!)) expect(exports, `typesVersions["*"]["${key}"]`).to.have.property(`./${key}`);
  });

  it('exports the framework type entries as types only: nothing for a bundler to take', async () => {
    const { exports } = (await (await fetch('/package.json')).json()) as { exports: Record<string, unknown> };
    for (const name of ['svelte', 'vue', 'jsx']) expect(exports[`./${name}`], name).to.deep.equal({ types: `./dist/frameworks/${name}.d.ts` });
  });
});
