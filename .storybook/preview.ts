import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `npm run analyze` (run by the storybook scripts).
import manifest from '../custom-elements.json';
import '../src/index.js';
import { controlsThatWork, cssPropertyArgs } from './controls.js';
import { storybookManifest } from './manifest.js';

setCustomElementsManifest(storybookManifest(manifest as Parameters<typeof storybookManifest>[0]));

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
  argTypesEnhancers: [controlsThatWork as never],
  decorators: [cssPropertyArgs as never],
  tags: ['autodocs'],
};
export default preview;
