/**
 * Counts the words a reader reads in an element: its text nodes, skipping scripts, styles,
 * templates and `aria-hidden` subtrees. Words are segmented with `Intl.Segmenter` in the text's
 * language, so languages written without spaces (Chinese, Japanese, Thai) count correctly.
 */
const SKIP = 'script, style, template, noscript, [aria-hidden="true"]';

export function countWords(root: Element, lang: string): number {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.nodeValue ?? '');
  const text = parts.join(' ');
  if (typeof Intl.Segmenter !== 'function') return text.split(/\s+/).filter(Boolean).length;
  let count = 0;
  for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) if (segment.isWordLike) count++;
  return count;
}
