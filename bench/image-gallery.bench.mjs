// <image-figure>, <image-gallery> and their shared lightbox against the anchors PhotoSwipe and
// GLightbox: own code size, and time to open the lightbox on a 20-image gallery.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const COUNT = 20;
const PHOTOS = [
  ['/public/samples/gallery-harbour.svg', 1200, 800],
  ['/public/samples/gallery-tower.svg', 600, 900],
  ['/public/samples/gallery-field.svg', 1600, 600],
  ['/public/samples/gallery-market.svg', 900, 900],
];
const photos = Array.from({ length: COUNT }, (_, i) => {
  const [src, width, height] = PHOTOS[i % PHOTOS.length];
  return { src: `${src}?n=${i}`, width, height, alt: `Photo ${i + 1}` };
});
const OUT = resolve(import.meta.dirname, '.out');
const CORE = ['lit', 'lit/*', '@lit/*', '../core/*', '../themes/*'];

export default async function ({ size, bundle, timeActions, print }) {
  // Entries for the parts on their own (bench/.out is gitignored).
  await mkdir(OUT, { recursive: true });
  await writeFile(`${OUT}/lightbox-entry.ts`, "export * from '../../src/lightbox/lightbox-controller.js';\nexport * from '../../src/lightbox/lightbox.styles.js';\n");
  const together = await size('src/image-gallery/image-gallery-define.ts');
  const togetherOwn = await size('src/image-gallery/image-gallery-define.ts', { external: CORE });
  const figure = await size('src/image-figure/image-figure-define.ts', { external: [...CORE, '../lightbox/*'] });
  const gallery = await size('src/image-gallery/image-gallery-define.ts', { external: [...CORE, '../lightbox/*', '../image-figure/*'] });
  // The goal's own words: "the gallery and lightbox together" (the figure is an element of its own).
  const galleryLightbox = await size('src/image-gallery/image-gallery-define.ts', { external: [...CORE, '../image-figure/*'] });
  const lightbox = await size('bench/.out/lightbox-entry.ts', { external: CORE });
  const pswp = await size('node_modules/photoswipe/dist/photoswipe.esm.min.js');
  const pswpLightbox = await size('node_modules/photoswipe/dist/photoswipe-lightbox.esm.min.js');
  const pswpCss = await size('node_modules/photoswipe/dist/photoswipe.css');
  const glightbox = await size('node_modules/glightbox/dist/js/glightbox.min.js');
  const glightboxCss = await size('node_modules/glightbox/dist/css/glightbox.min.css');
  const pswpTotal = pswp + pswpLightbox + pswpCss;
  const glightboxTotal = glightbox + glightboxCss;

  print('figure + gallery + lightbox, own code (without Lit)', together, 'B', `${(together / 6144).toFixed(2)}× the 6 KB goal (goal ≤ 1.00)`);
  print('figure + gallery + lightbox, without the shared core', togetherOwn, 'B', `${(togetherOwn / 6144).toFixed(2)}× the 6 KB goal`);
  print('gallery + lightbox together, without the core and the figure', galleryLightbox, 'B', `goal < 6144 B: ${galleryLightbox < 6144 ? 'met' : 'not met'} (${(galleryLightbox / 6144).toFixed(2)}×)`);
  print('  <image-figure> alone (without core, lightbox)', figure, 'B');
  print('  <image-gallery> alone (without core, lightbox, figure)', gallery, 'B');
  print('  lightbox controller + styles (without core)', lightbox, 'B');
  print('anchor PhotoSwipe: core + lightbox JS + CSS', pswpTotal, 'B', `${pswp} + ${pswpLightbox} + ${pswpCss} B; ${(pswpTotal / together).toFixed(2)}× ours`);
  print('anchor GLightbox: JS + CSS', glightboxTotal, 'B', `${glightbox} + ${glightboxCss} B; ${(glightboxTotal / together).toFixed(2)}× ours`);

  // Ours bundled alone (Lit inlined, minified), so the timing is not of the whole CDN bundle.
  const script = await bundle('src/image-gallery/image-gallery-define.ts');

  const img = ({ src, width, height, alt }) => `<img src="${src}" alt="${alt}" width="${width}" height="${height}" loading="lazy">`;
  const [oursTime, pswpTime, glightboxTime] = await timeActions([
    {
      body: `<image-gallery label="Bench">${photos.map(img).join('')}</image-gallery>`,
      script,
      action: "document.querySelector('image-gallery').open(0);",
    },
    {
      body: `<link rel="stylesheet" href="/node_modules/photoswipe/dist/photoswipe.css"><div id="g">${photos
        .map((p) => `<a href="${p.src}" data-pswp-width="${p.width}" data-pswp-height="${p.height}">${img(p)}</a>`)
        .join('')}</div>`,
      script: '/node_modules/photoswipe/dist/photoswipe.esm.min.js',
      before: "window.PhotoSwipe = (await import('/node_modules/photoswipe/dist/photoswipe.esm.min.js')).default;",
      // What PhotoSwipeLightbox does on a click, with the core already loaded.
      action: `new PhotoSwipe({ dataSource: [...document.querySelectorAll('#g a')].map((a) => ({ src: a.href, width: +a.dataset.pswpWidth, height: +a.dataset.pswpHeight, alt: a.firstChild.alt })), index: 0 }).init();`,
    },
    {
      body: `<link rel="stylesheet" href="/node_modules/glightbox/dist/css/glightbox.min.css">${photos
        .map((p) => `<a href="${p.src}" class="glightbox" data-type="image">${img(p)}</a>`)
        .join('')}`,
      script: '/node_modules/glightbox/dist/js/glightbox.min.js',
      before: "window.gl = GLightbox({ selector: '.glightbox' });",
      action: 'gl.openAt(0);',
    },
  ]);
  // Goal: script time under one frame. Total adds the style and layout of the opened lightbox.
  const faster = Math.min(pswpTime.script, glightboxTime.script);
  print(`open the lightbox, ${COUNT} images: ours, script`, oursTime.script, 'ms', `goal < 16 ms; ${(oursTime.script / faster).toFixed(2)}× the faster anchor; rounds ${oursTime.spread} ms`);
  print(`open the lightbox, ${COUNT} images: PhotoSwipe, script`, pswpTime.script, 'ms', `${(pswpTime.script / oursTime.script).toFixed(2)}× ours; rounds ${pswpTime.spread} ms`);
  print(`open the lightbox, ${COUNT} images: GLightbox, script`, glightboxTime.script, 'ms', `${(glightboxTime.script / oursTime.script).toFixed(2)}× ours; rounds ${glightboxTime.spread} ms`);
  print(`  the same, total (script + style + layout)`, `${oursTime.total.toFixed(1)} / ${pswpTime.total.toFixed(1)} / ${glightboxTime.total.toFixed(1)}`, 'ms', 'ours / PhotoSwipe / GLightbox');
  print('  style and layout forced by script (not script time)', `${oursTime.forced.toFixed(1)} / ${pswpTime.forced.toFixed(1)} / ${glightboxTime.forced.toFixed(1)}`, 'ms', 'ours / PhotoSwipe / GLightbox; showModal() styles the inert page at once');
}
