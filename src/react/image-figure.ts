/** <image-figure> as a React component with typed props, its events as props (onImageError, onLightboxOpen, onLightboxClose). Importing it registers the element. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ImageFigure as ImageFigureElement } from '../image-figure/image-figure-define.js';

export const ImageFigure = createComponent({
  react: React,
  tagName: 'image-figure',
  elementClass: ImageFigureElement,
  events: {
    onImageError: 'image-error' as EventName<GlobalEventHandlersEventMap['image-error']>,
    onLightboxOpen: 'lightbox-open' as EventName<GlobalEventHandlersEventMap['lightbox-open']>,
    onLightboxClose: 'lightbox-close' as EventName<GlobalEventHandlersEventMap['lightbox-close']>,
  },
});
