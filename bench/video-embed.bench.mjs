// <video-embed> against the lite-youtube anchors: own code size, and time to upgrade 200 facades.
// Goal (issue 2): own code no larger than the smaller anchor, and upgrading no slower.
const COUNT = 200;
const IDS = ['M7lc1UVf-VE', 'aqz-KE-bpKQ', 'dQw4w9WgXcQ', 'jNQXAC9IVRw'];
const ids = Array.from({ length: COUNT }, (_, i) => IDS[i % IDS.length]);
const entry = 'src/video-embed/video-embed-define.ts';

export default async function ({ size, bundle, timeUpgrades, print }) {
  const own = await size(entry);
  const element = await size(entry, { external: ['lit', 'lit/*', '@lit/*', '../core/*', '../themes/*'] });
  const lite = await size('node_modules/lite-youtube-embed/src/lite-yt-embed.js');
  const liteCss = await size('node_modules/lite-youtube-embed/src/lite-yt-embed.css');
  const justin = await size('node_modules/@justinribeiro/lite-youtube/lite-youtube.js');
  const smaller = Math.min(lite, justin);
  print('<video-embed> own code (without Lit)', own, 'B', `${(own / smaller).toFixed(2)}× the smaller anchor (goal ≤ 1.00)`);
  print('<video-embed> without the shared core and themes', element, 'B', `${(element / smaller).toFixed(2)}× the smaller anchor`);
  print('anchor lite-youtube-embed: its JS', lite, 'B', `+ ${liteCss} B of CSS it needs = ${lite + liteCss} B`);
  print('anchor @justinribeiro/lite-youtube', justin, 'B');

  // The same posterless page for all three (lite-youtube-embed with the stylesheet it needs), and
  // the floor on Lit: a bare LitElement rendering a facade of the same shape from fixed values.
  const [ours, liteTime, justinTime, floor] = await timeUpgrades([
    {
      body: ids.map((id) => `<video-embed poster="none"><a href="https://www.youtube.com/watch?v=${id}">Video ${id}</a></video-embed>`).join(''),
      script: await bundle(entry), // the element alone, Lit inlined
    },
    {
      body:
        '<link rel="stylesheet" href="/node_modules/lite-youtube-embed/src/lite-yt-embed.css">' +
        ids.map((id) => `<lite-youtube videoid="${id}" playlabel="Play: Video ${id}"></lite-youtube>`).join(''),
      script: '/node_modules/lite-youtube-embed/src/lite-yt-embed.js',
    },
    {
      body: ids.map((id) => `<lite-youtube videoid="${id}" videotitle="Video ${id}"></lite-youtube>`).join(''),
      script: '/node_modules/@justinribeiro/lite-youtube/lite-youtube.js',
    },
    { body: ids.map(() => '<video-embed></video-embed>').join(''), script: await bundle('bench/floor/lit-video-facade.js') },
  ]);
  const faster = Math.min(liteTime.script, justinTime.script);
  print(`upgrade ${COUNT} facades: <video-embed>, script`, ours.script, 'ms', `${(ours.script / faster).toFixed(2)}× the faster anchor (goal ≤ 1.00); rounds ${ours.spread} ms`);
  print(`upgrade ${COUNT} facades: lite-youtube-embed, script`, liteTime.script, 'ms', `${(liteTime.script / ours.script).toFixed(2)}× ours; rounds ${liteTime.spread} ms`);
  print(`upgrade ${COUNT} facades: @justinribeiro/lite-youtube, script`, justinTime.script, 'ms', `${(justinTime.script / ours.script).toFixed(2)}× ours; rounds ${justinTime.spread} ms`);
  print('  the same, total (script + style + layout)', `${ours.total.toFixed(1)} / ${liteTime.total.toFixed(1)} / ${justinTime.total.toFixed(1)}`, 'ms', 'ours / lite-youtube-embed / justinribeiro');
  print('  style and layout forced by script (not script time)', `${ours.forced.toFixed(1)} / ${liteTime.forced.toFixed(1)} / ${justinTime.forced.toFixed(1)}`, 'ms', 'ours / lite-youtube-embed / justinribeiro');
  print(`reference: a bare Lit element, the same facade ${COUNT}×: script`, floor.script, 'ms', `${(floor.script / faster).toFixed(2)}× the faster anchor: the least a Lit facade costs; rounds ${floor.spread} ms`);
}
