// <video-embed> against the lite-youtube anchors: own code size, and time to upgrade 200 facades.
const COUNT = 200;
const IDS = ['M7lc1UVf-VE', 'aqz-KE-bpKQ', 'dQw4w9WgXcQ', 'jNQXAC9IVRw'];
const ids = Array.from({ length: COUNT }, (_, i) => IDS[i % IDS.length]);

export default async function ({ size, timeUpgrade, print }) {
  const ours = await size('src/video-embed/video-embed-define.ts');
  const element = await size('src/video-embed/video-embed-define.ts', { external: ['lit', 'lit/*', '@lit/*', '../core/*'] });
  const lite = await size('node_modules/lite-youtube-embed/src/lite-yt-embed.js');
  const liteCss = await size('node_modules/lite-youtube-embed/src/lite-yt-embed.css');
  const justin = await size('node_modules/@justinribeiro/lite-youtube/lite-youtube.js');
  const smaller = Math.min(lite, justin);
  print('<video-embed> own code (without Lit)', ours, 'B', `${(ours / smaller).toFixed(2)}× the smaller anchor (goal ≤ 1.00)`);
  print('<video-embed> without the shared core (define, tokens, localize)', element, 'B', `${(element / smaller).toFixed(2)}× the smaller anchor`);
  print('anchor lite-youtube-embed: its JS', lite, 'B', `+ ${liteCss} B of CSS it needs = ${lite + liteCss} B`);
  print('anchor @justinribeiro/lite-youtube', justin, 'B');

  // The same posterless page for all three, so only script work is compared.
  const oursMs = await timeUpgrade({
    body: ids.map((id) => `<video-embed poster="none"><a href="https://www.youtube.com/watch?v=${id}">Video ${id}</a></video-embed>`).join(''),
    script: '/dist/cdn/article-elements.js',
  });
  const liteMs = await timeUpgrade({
    body: ids.map((id) => `<lite-youtube videoid="${id}" playlabel="Play: Video ${id}"></lite-youtube>`).join(''),
    script: '/node_modules/lite-youtube-embed/src/lite-yt-embed.js',
  });
  const justinMs = await timeUpgrade({
    body: ids.map((id) => `<lite-youtube videoid="${id}" videotitle="Video ${id}"></lite-youtube>`).join(''),
    script: '/node_modules/@justinribeiro/lite-youtube/lite-youtube.js',
  });
  const slower = Math.min(liteMs, justinMs);
  print(`upgrade ${COUNT} facades: <video-embed> (whole CDN bundle)`, oursMs, 'ms', `${(oursMs / slower).toFixed(2)}× the faster anchor (goal ≤ 1.00)`);
  print(`upgrade ${COUNT} facades: lite-youtube-embed`, liteMs, 'ms', `${(liteMs / oursMs).toFixed(2)}× ours`);
  print(`upgrade ${COUNT} facades: @justinribeiro/lite-youtube`, justinMs, 'ms', `${(justinMs / oursMs).toFixed(2)}× ours`);
}
