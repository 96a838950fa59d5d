/** Shared test helpers: what a host page observes (requests, console warnings, layout shifts), and real touch input. */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

/** Starts recording every URL the page requests (at the browser, not in page script). */
export async function recordRequests(): Promise<void> {
  await executeServerCommand('requests-start');
}

/** The URLs requested since recordRequests() or the last call, then clears the list. */
export async function takeRequests(): Promise<string[]> {
  return (await executeServerCommand<string[], undefined>('requests-take')) ?? [];
}

/** Requests that did not go to the test server itself. */
export function thirdParty(urls: string[]): string[] {
  return urls.filter((url) => new URL(url).origin !== location.origin && !url.startsWith('data:'));
}

/** Captures console.warn calls until restore() is called. */
export function captureWarnings(): { messages: unknown[][]; restore: () => void } {
  const original = console.warn;
  const messages: unknown[][] = [];
  console.warn = (...args: unknown[]) => void messages.push(args);
  return { messages, restore: () => (console.warn = original) };
}

/** A real touch gesture (see the `touch` command in web-test-runner.config.mjs): one finger per stroke `[x0, y0, x1, y1]`. */
export async function touch(strokes: Array<[number, number, number, number]>, steps = 10): Promise<void> {
  await executeServerCommand('touch', { strokes, steps });
}

/** Emulates Windows' high-contrast mode (`forced-colors: active`), or ends it (see web-test-runner.config.mjs). */
export const forcedColors = (active: boolean) => executeServerCommand('forced-colors', { active });

/** What a blog theme ships for its own images: the rules a page's photos inside our elements must not take. */
export const THEME_IMG_RULES =
  'img { display: inline; margin: 2em auto; padding: 6px; border: 4px solid #333; width: auto !important; max-width: 50%; height: 300px; vertical-align: middle }';

/** Focuses `element` as a keyboard user does, so that it matches `:focus-visible`. */
export async function focusByKeyboard(element: HTMLElement): Promise<void> {
  await sendKeys({ press: 'Shift' });
  element.focus();
}

/** What a CSS system colour (`Canvas`, `Highlight`…) resolves to now, e.g. under forced colours. */
export function systemColor(name: string): string {
  const probe = document.body.appendChild(document.createElement('div'));
  probe.style.color = name;
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** A real tap at `x`, `y`. */
export const tap = (x: number, y: number) => touch([[x, y, x, y]], 0);

/** Resolves after n animation frames. */
export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Sums the layout-shift scores observed while `action` runs (and a few frames after). */
export async function layoutShiftDuring(action: () => Promise<unknown> | unknown): Promise<number> {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
  });
  observer.observe({ type: 'layout-shift' });
  await action();
  await frames(4);
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number })[]) total += entry.value;
  observer.disconnect();
  return total;
}

/** Where character `i` of `element`'s own text (its first text node, past Lit's markers) is drawn, from the viewport's left. */
export function charLeft(element: Element, i: number): number {
  const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
  const range = document.createRange();
  range.setStart(text, i);
  range.setEnd(text, i + 1);
  return range.getBoundingClientRect().left;
}

/** Runs `read` with `css` in the document as a page's own stylesheet, then takes it out. */
export async function withPageCss<T>(css: string, read: () => T | Promise<T>): Promise<T> {
  const sheet = Object.assign(document.createElement('style'), { textContent: css });
  document.head.append(sheet);
  try {
    return await read();
  } finally {
    sheet.remove();
  }
}

/** How pages hide an element: a class (a paywall's, Tailwind's hidden), an important one (Bootstrap's d-none), the style attribute (Vue's v-show). Its attributes, and the page's CSS. */
export const PAGE_HIDES = [
  ['a class', 'class="away"', '.away { display: none }'],
  ['an important class', 'class="away"', '.away { display: none !important }'],
  ['its style attribute', 'style="display: none"', ''],
] as const;
