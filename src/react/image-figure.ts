/** <image-figure> as a React component with typed props, its events as props (onImageError, onLightboxOpen, onLightboxClose). Importing it registers the element. */
import type { EventName } from '@lit/react';
import { createComponent } from './create-component.js';
import { ImageFigure as ImageFigureElement } from '../image-figure/image-figure-define.js';

export const ImageFigure = createComponent({
  tagName: 'image-figure',
  elementClass: ImageFigureElement,
  events: {
    onImageError: 'image-error' as EventName<GlobalEventHandlersEventMap['image-error']>,
    onLightboxOpen: 'lightbox-open' as EventName<GlobalEventHandlersEventMap['lightbox-open']>,
    onLightboxClose: 'lightbox-close' as EventName<GlobalEventHandlersEventMap['lightbox-close']>,
  },
});
