/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import type { Plugin } from 'vite';

const demoPage = fileURLToPath(new URL('../index.html', import.meta.url));
const demoPageId = '\0article-elements:demo-page';

/**
 * The full-article story imports the demo page as `../index.html?raw`. Vite's dev server would
 * fetch that as `/index.html?import&raw`, which `storybook dev` answers with its own manager page
 * (HTML, so the story failed to load); as a virtual module it has a URL of its own.
 */
function demoPageRaw(): Plugin {
  return {
    name: 'article-elements-demo-page',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!importer || !id.endsWith('index.html?raw')) return undefined;
      return resolve(dirname(importer.split('?')[0]!), id.slice(0, -'?raw'.length)) === demoPage ? demoPageId : undefined;
    },
    load(id) {
      if (id !== demoPageId) return undefined;
      this.addWatchFile(demoPage);
      return `export default ${JSON.stringify(readFileSync(demoPage, 'utf8'))};`;
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // GitHub-flavoured Markdown in .mdx pages (the token tables).
  addons: [{ name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../public', to: '/' }],
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [demoPageRaw(), ...(viteConfig.plugins ?? [])] }),
};
export default config;
