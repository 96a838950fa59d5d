// Minifies the text inside Lit's tagged templates, for the CDN build and the benchmark alike:
// - `css`: comments, whitespace, quotes around identifiers in attribute selectors and leading
//   zeros, so the rules stay exactly as written;
// - `html`: each run of whitespace that holds a line break becomes one line break (the template's
//   indentation). That renders the same wherever white space collapses, which is everywhere in
//   our templates (no `pre` or `pre-wrap` inside them). The templates are found with TypeScript's
//   parser, so only their static text is touched, never the expressions inside `${…}`.
import ts from 'typescript';

/** @param {string} body @param {boolean} whole: the template's entire text (no `${…}` to keep apart) */
function minifyCss(body, whole) {
  const min = body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/\[([\w-]+)([~|^$*]?=)'([a-z][\w-]*)'\]/gi, '[$1$2$3]') // [part='x'] -> [part=x]
    .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2'); // 0.5rem -> .5rem
  return whole ? min.trim() : min;
}

/** `code` (TypeScript or JavaScript) with the text of its `css` and `html` templates minified. */
export function minifyLiterals(code, fileName = 'module.ts') {
  if (!code.includes('css`') && !code.includes('html`')) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {Array<[number, number, (text: string) => string]>} */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
      const template = node.template;
      const whole = ts.isNoSubstitutionTemplateLiteral(template);
      const minify = node.tag.text === 'css' ? (text) => minifyCss(text, whole) : (text) => text.replace(/\s*\n\s*/g, '\n');
      const pieces = whole ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const piece of pieces) {
        // A piece's text runs from after its "`" or "}" to before its "${" or "`".
        const close = piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1;
        edits.push([piece.getStart(source) + 1, piece.end - close, minify]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const [start, end, minify] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + minify(result.slice(start, end)) + result.slice(end);
  return result;
}

const OURS = /\/src\/.*\.ts$/;

/** The same, as a Vite/Rolldown plugin for our TypeScript sources. */
export function minifyLiteralsPlugin() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!OURS.test(id)) return null;
      return { code: minifyLiterals(code, id), map: null };
    },
  };
}

/** The same, as an esbuild plugin (for the benchmark's size figures). */
export function minifyLiteralsEsbuild() {
  return {
    name: 'minify-literals',
    setup(build) {
      build.onLoad({ filter: OURS }, async ({ path }) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: minifyLiterals(await readFile(path, 'utf8'), path), loader: 'ts' };
      });
    },
  };
}
