/** <image-gallery> as a React component with typed props, its events as props (onGalleryChange, onGalleryError, onLightboxOpen, onLightboxClose). Importing it registers the element. */
import type { EventName } from '@lit/react';
import { createComponent } from './create-component.js';
import { ImageGallery as ImageGalleryElement } from '../image-gallery/image-gallery-define.js';

export const ImageGallery = createComponent({
  tagName: 'image-gallery',
  elementClass: ImageGalleryElement,
  events: {
    onGalleryChange: 'gallery-change' as EventName<GlobalEventHandlersEventMap['gallery-change']>,
    onGalleryError: 'gallery-error' as EventName<GlobalEventHandlersEventMap['gallery-error']>,
    onLightboxOpen: 'lightbox-open' as EventName<GlobalEventHandlersEventMap['lightbox-open']>,
    onLightboxClose: 'lightbox-close' as EventName<GlobalEventHandlersEventMap['lightbox-close']>,
  },
});
