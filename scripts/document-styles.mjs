// The document-level stylesheets, as CSS text: every `documentStyles` export of src/*/*.styles.ts
// (the themes, and the light-DOM typography of the elements whose content is the author's own
// markup). Elements adopt them at runtime; the CDN build also writes them into
// article-elements.css, so pages get them before, and without, JavaScript. One source for both.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export async function documentStylesCss(src) {
  const modules = readdirSync(src, { withFileTypes: true })
    .filter((dir) => dir.isDirectory())
    .map((dir) => resolve(src, dir.name, `${dir.name}.styles.ts`))
    .filter((file) => existsSync(file));
  const entry = modules.map((file, i) => `export * as m${i} from ${JSON.stringify(file)};`).join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: src, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
  const exported = await import(`data:text/javascript;base64,${code}`);
  return Object.values(exported)
    .map((module) => module.documentStyles?.cssText)
    .filter(Boolean)
    .join('\n');
}
