// The custom elements manifest (custom-elements.json): read by Storybook's docs, editors and
// framework tooling. Generated from the class JSDoc (`@tag`, `@slot`, `@csspart`, ...) by
// `npm run analyze`, which `npm run build` runs.

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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [dropPrivateAttributes()],
};
