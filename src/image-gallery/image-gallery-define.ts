/** Registers <image-gallery> (and <image-figure>, its children). The module behind `article-elements/image-gallery.js`. */
import '../image-figure/image-figure-define.js';
import { ImageGallery } from './image-gallery.js';

export * from './image-gallery.js';

ImageGallery.define();
