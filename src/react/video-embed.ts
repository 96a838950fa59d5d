/** <video-embed> as a React component with typed props, its events as props (onVideoActivate, onVideoError). Importing it registers the element. */
import type { EventName } from '@lit/react';
import { createComponent } from './create-component.js';
import { VideoEmbed as VideoEmbedElement } from '../video-embed/video-embed-define.js';

export const VideoEmbed = createComponent({
  tagName: 'video-embed',
  elementClass: VideoEmbedElement,
  events: {
    onVideoActivate: 'video-activate' as EventName<GlobalEventHandlersEventMap['video-activate']>,
    onVideoError: 'video-error' as EventName<GlobalEventHandlersEventMap['video-error']>,
  },
});
