// Minifies the CSS inside Lit `css` tagged templates: comments and whitespace only, so the
// rules stay exactly as written. Used by the CDN build and by the benchmark, alike.

/** @param {string} code */
export function minifyCssLiterals(code) {
  return code.replace(/\bcss`([^`]*)`/g, (_, body) => {
    const min = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${min}\``;
  });
}

/** The same, as a Vite/Rolldown plugin for our TypeScript sources. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}

/** The same, as an esbuild plugin (for the benchmark's size figures). */
export function minifyCssLiteralsEsbuild() {
  return {
    name: 'minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: minifyCssLiterals(await readFile(path, 'utf8')), loader: 'ts' };
      });
    },
  };
}
