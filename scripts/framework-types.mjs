// An analyzer plugin (custom-elements-manifest.config.mjs) that writes dist/frameworks/elements.d.ts
// from the manifest: for every tag, its class, the properties an app may set, its attributes (each
// with the property it sets) and its events. The framework entries (src/frameworks/*.d.ts, copied
// beside it: `article-elements/svelte`, `/vue`, `/jsx`) map these to each framework's types, so a
// new attribute or `@fires` in a class's JSDoc reaches every framework with no edit.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const union = (names) => (names.length ? names.map((name) => `'${name}'`).join(' | ') : 'never');

/** The manifest's custom elements, as `{ tag, name, module, properties, attributes, events }`. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ mod, d })))
    .map(({ mod, d }) => ({
      tag: d.tagName,
      name: d.name,
      module: mod.path,
      properties: (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public').map((m) => m.name),
      attributes: (d.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.name, a.fieldName]),
      events: [...new Set((d.events ?? []).map((e) => e.name))],
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

export function elementsDts(elements) {
  const from = 'dist/frameworks';
  const path = (module) => posix.relative(from, module).replace(/^(?!\.)/, './');
  const imports = elements.map((e) => `import type { ${e.name} } from '${path(e.module)}';`);
  const entries = elements.map((e) =>
    [
      `  '${e.tag}': {`,
      `    element: ${e.name};`,
      `    properties: ${union(e.properties)};`,
      `    attributes: { ${e.attributes.map(([attribute, field]) => `'${attribute}': '${field}';`).join(' ')} };`,
      `    events: ${union(e.events)};`,
      '  };',
    ].join('\n'),
  );
  return `// Generated from custom-elements.json by scripts/framework-types.mjs (npm run analyze).
${imports.join('\n')}

/** Every tag: its class, the properties an app may set, its attributes (name: the property it sets), its events. */
export interface ArticleElements {
${entries.join('\n')}
}
`;
}

export function frameworkTypes() {
  return {
    name: 'framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const out = resolve(root, 'dist/frameworks');
      mkdirSync(out, { recursive: true });
      writeFileSync(resolve(out, 'elements.d.ts'), elementsDts(elementsOf(customElementsManifest)));
      for (const file of readdirSync(resolve(root, 'src/frameworks'))) copyFileSync(resolve(root, 'src/frameworks', file), resolve(out, file));
    },
  };
}
