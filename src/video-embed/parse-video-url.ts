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

// Hostnames from `URL` are already lower-case. Any subdomain of the provider's own domain is the provider.
const YOUTUBE_HOST = /(^|\.)youtube(-nocookie)?\.com$/;
const VIMEO_HOST = /(^|\.)vimeo\.com$/;
const VIDEO_FILE = /\.(mp4|m4v|webm|ogg|ogv)$/i;

export function parseVideoUrl(input: string | null | undefined, base?: string): VideoSource | VideoUrlError {
  const raw = input?.trim();
  if (!raw) return { reason: 'missing-url', src: '' };
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { reason: 'invalid-url', src: raw };
  }
  if (!/^https?:$/.test(url.protocol)) return { reason: 'unsafe-url', src: raw };
  const host = url.hostname;
  const result =
    host === 'youtu.be' || YOUTUBE_HOST.test(host)
      ? youtube(url)
      : VIMEO_HOST.test(host)
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
  const [, h = 0, m = 0, s = 0] = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value?.trim() ?? '') ?? [];
  return +h * 3600 + +m * 60 + +s;
}

/** `t=` in the fragment (`#t=1m5s`), read without building a URLSearchParams for every URL. */
const hashTime = (url: URL) => /[#&]t=([^&]*)/.exec(url.hash)?.[1];

/** `base` with the truthy `params` as a query string, and `hash`. */
function withQuery(base: string, params: Record<string, string | number | false>, hash = ''): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, String(value));
  const search = String(query);
  return `${base}${search && `?${search}`}${hash}`;
}

function youtube(url: URL): VideoSource | undefined {
  const [first = '', second = ''] = url.pathname.split('/').filter(Boolean);
  const params = url.searchParams;
  const id =
    url.hostname === 'youtu.be'
      ? first
      : first === 'watch'
        ? params.get('v')
        : /^(embed|shorts|live|v)$/.test(first)
          ? second
          : '';
  const list = params.get('list') ?? '';
  const videoId = id && /^[\w-]{11}$/.test(id) ? id : '';
  if (!videoId && !/^[\w-]+$/.test(list)) return undefined;
  const start = parseTime(params.get('t') ?? params.get('start') ?? hashTime(url));
  return {
    provider: 'youtube',
    id: videoId || list,
    src: url.href,
    poster: videoId ? `https://i.ytimg.com/vi/${videoId}/hqdefault.jpg` : undefined,
    aspectRatio: first === 'shorts' ? '9 / 16' : '16 / 9',
    playerUrl: ({ autoplay }) =>
      withQuery(`https://www.youtube-nocookie.com/embed/${videoId || 'videoseries'}`, { autoplay: autoplay && 1, start, list }),
  };
}

function vimeo(url: URL): VideoSource | undefined {
  const parts = url.pathname.split('/');
  // vimeo.com/ID, vimeo.com/ID/HASH, vimeo.com/channels/NAME/ID, player.vimeo.com/video/ID?h=HASH
  const index = parts.findIndex((part) => /^\d+$/.test(part));
  if (index < 0) return undefined;
  const id = parts[index]!;
  const next = parts[index + 1] ?? '';
  const hash = url.searchParams.get('h') ?? (/^[\da-f]+$/i.test(next) && next);
  const start = parseTime(hashTime(url));
  return {
    provider: 'vimeo',
    id,
    src: url.href,
    aspectRatio: '16 / 9',
    playerUrl: ({ autoplay }) =>
      withQuery(`https://player.vimeo.com/video/${id}`, { h: hash, autoplay: autoplay && 1, dnt: 1 }, start ? `#t=${start}s` : ''),
  };
}

function file(url: URL): VideoSource {
  return { provider: 'file', id: url.href, src: url.href, aspectRatio: '16 / 9', playerUrl: () => url.href };
}
