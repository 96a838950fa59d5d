/** Registers <image-figure>. This is the module behind `article-elements/image-figure.js`. */
import { ImageFigure } from './image-figure.js';

export * from './image-figure.js';
export type { LightboxSlide } from '../lightbox/lightbox-controller.js';

ImageFigure.define();
