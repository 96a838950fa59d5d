// The custom elements manifest (custom-elements.json): read by Storybook's docs, editors and
// framework tooling. Generated from the class JSDoc (`@tag`, `@slot`, `@csspart`, ...) by
// `npm run analyze`, which `npm run build` runs. It also writes the framework type entries
// (dist/frameworks/, scripts/framework-types.mjs) from it.
import { frameworkTypes } from './scripts/framework-types.mjs';

/** Internal reactive state (`{ state: true }`, private fields) is not an attribute. */
function dropPrivateAttributes() {
  return {
    name: 'drop-private-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          for (const member of declaration.members ?? []) if (hidden.has(member.name)) delete member.attribute;
        }
      }
    },
  };
}

/**
 * The manifest describes the published package: modules by their dist/ paths (the analyzer reads
 * src/), and each tag's definition in the module that registers it (`X-define.js`, which calls
 * `define()` rather than `customElements.define()` directly, so the analyzer can't see it).
 */
function publishedPaths() {
  const published = (path, from) => {
    const resolved = path.startsWith('.') ? new URL(path, `file:///${from}`).pathname.slice(1) : path;
    return resolved.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  };
  return {
    name: 'published-paths',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const mod of modules) {
        const from = mod.path;
        for (const entry of mod.exports ?? []) {
          if (entry.declaration?.module) entry.declaration.module = published(entry.declaration.module, from);
        }
        for (const declaration of mod.declarations ?? []) {
          if (declaration.superclass?.module) declaration.superclass.module = published(declaration.superclass.module, from);
          for (const member of declaration.members ?? []) if (member.inheritedFrom?.module) member.inheritedFrom.module = published(member.inheritedFrom.module, from);
        }
        mod.path = published(mod.path, from);
      }
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          const definer = modules.find((m) => m.path === mod.path.replace(/\.js$/, '-define.js'));
          definer?.exports?.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: mod.path } });
        }
        // The analyzer's guess at define(tag, this) in core/define.ts: not a definition.
        if (mod.exports) mod.exports = mod.exports.filter((entry) => entry.kind !== 'custom-element-definition' || entry.declaration.name !== 'anonymous_0');
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [dropPrivateAttributes(), publishedPaths(), frameworkTypes()],
};
