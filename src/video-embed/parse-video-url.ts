/**
 * Turns a video page URL into what <video-embed> needs: the provider, the video id, the player
 * URL, the default poster and aspect ratio. Pure functions: no DOM, unit-testable.
 */
export type VideoProvider = 'youtube' | 'vimeo' | 'file';

export interface VideoSource {
  provider: VideoProvider;
  /** The provider's video id (a playlist id for a bare playlist; the URL for a file). */
  id: string;
  /** The absolute URL the element was given. */
  src: string;
  /** What the player loads: an iframe URL, or the file itself. */
  playerUrl(options: { autoplay: boolean }): string;
  /** The provider's thumbnail, when it has one at a predictable URL. */
  poster?: string;
  /** Default aspect ratio, as CSS. */
  aspectRatio: string;
}

export type VideoErrorReason = 'missing-url' | 'invalid-url' | 'unsafe-url' | 'unsupported-url';

export interface VideoUrlError {
  reason: VideoErrorReason;
  src: string;
}

const YOUTUBE_HOSTS = /^(?:(?:www|m|music)\.)?youtube\.com$|^(?:www\.)?youtube-nocookie\.com$/;
const YOUTUBE_ID = /^[\w-]{11}$/;
const VIMEO_HOSTS = /^(?:www\.|player\.)?vimeo\.com$/;
const VIDEO_FILE = /\.(?:mp4|m4v|webm|ogg|ogv)$/i;

export function parseVideoUrl(input: string | null | undefined, base?: string): VideoSource | VideoUrlError {
  const raw = (input ?? '').trim();
  if (!raw) return { reason: 'missing-url', src: '' };
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { reason: 'invalid-url', src: raw };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { reason: 'unsafe-url', src: raw };
  const host = url.hostname.toLowerCase();
  const result =
    host === 'youtu.be' || YOUTUBE_HOSTS.test(host)
      ? youtube(url)
      : VIMEO_HOSTS.test(host)
        ? vimeo(url)
        : VIDEO_FILE.test(url.pathname)
          ? file(url)
          : undefined;
  return result ?? { reason: 'unsupported-url', src: url.href };
}

export function isVideoUrlError(value: VideoSource | VideoUrlError): value is VideoUrlError {
  return 'reason' in value;
}

/** Seconds from `90`, `90s`, `1m30s` or `1h2m3s`; 0 when absent or unreadable. */
export function parseTime(value: string | null | undefined): number {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value?.trim() ?? '');
  if (!match) return 0;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

function youtube(url: URL): VideoSource | undefined {
  const [first = '', second = ''] = url.pathname.split('/').filter(Boolean);
  const params = url.searchParams;
  const id =
    url.hostname === 'youtu.be'
      ? first
      : first === 'watch'
        ? (params.get('v') ?? '')
        : ['embed', 'shorts', 'live', 'v'].includes(first)
          ? second
          : '';
  const list = params.get('list') ?? '';
  const videoId = YOUTUBE_ID.test(id) ? id : '';
  if (!videoId && !/^[\w-]+$/.test(list)) return undefined;
  const start = parseTime(params.get('t') ?? params.get('start') ?? new URLSearchParams(url.hash.slice(1)).get('t'));
  return {
    provider: 'youtube',
    id: videoId || list,
    src: url.href,
    poster: videoId ? `https://i.ytimg.com/vi/${videoId}/hqdefault.jpg` : undefined,
    aspectRatio: first === 'shorts' ? '9 / 16' : '16 / 9',
    playerUrl({ autoplay }) {
      const player = new URL(`https://www.youtube-nocookie.com/embed/${videoId || 'videoseries'}`);
      if (autoplay) player.searchParams.set('autoplay', '1');
      if (start) player.searchParams.set('start', String(start));
      if (list) player.searchParams.set('list', list);
      return player.href;
    },
  };
}

function vimeo(url: URL): VideoSource | undefined {
  const parts = url.pathname.split('/').filter(Boolean);
  // vimeo.com/ID, vimeo.com/ID/HASH, vimeo.com/channels/NAME/ID, player.vimeo.com/video/ID?h=HASH
  const index = parts.findIndex((part) => /^\d+$/.test(part));
  if (index < 0) return undefined;
  const id = parts[index]!;
  const hash = url.searchParams.get('h') ?? (/^[\da-f]+$/i.test(parts[index + 1] ?? '') ? parts[index + 1] : '');
  const start = parseTime(new URLSearchParams(url.hash.slice(1)).get('t'));
  return {
    provider: 'vimeo',
    id,
    src: url.href,
    aspectRatio: '16 / 9',
    playerUrl({ autoplay }) {
      const player = new URL(`https://player.vimeo.com/video/${id}`);
      if (hash) player.searchParams.set('h', hash);
      if (autoplay) player.searchParams.set('autoplay', '1');
      player.searchParams.set('dnt', '1');
      if (start) player.hash = `t=${start}s`;
      return player.href;
    },
  };
}

function file(url: URL): VideoSource {
  return { provider: 'file', id: url.href, src: url.href, aspectRatio: '16 / 9', playerUrl: () => url.href };
}
