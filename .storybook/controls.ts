/**
 * Controls where they do something. A CSS custom property gets a text field that restyles the
 * story: `cssPropertyArgs` sets it on a wrapper, and it inherits into the element. Parts, events,
 * slots and the read-only properties (in .storybook/manifest.ts every property left without an
 * attribute is one) are documentation: no "Set object" button that sets nothing.
 */
import { html } from 'lit';

type ArgTypes = Record<string, { table?: { category?: string }; control?: unknown }>;

const documentationOnly = ['css shadow parts', 'events', 'slots', 'properties'];

export const controlsThatWork = ({ argTypes }: { argTypes: ArgTypes }): ArgTypes =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category ?? '';
      if (category === 'css custom properties') return [name, { ...argType, control: { type: 'text' } }];
      if (documentationOnly.includes(category)) return [name, { ...argType, control: false }];
      return [name, argType];
    }),
  );

/** A decorator: the story inside a wrapper that sets the `--*` args a designer typed. */
export const cssPropertyArgs = (story: () => unknown, { args }: { args: Record<string, unknown> }) => {
  const set = Object.entries(args).filter(([name, value]) => name.startsWith('--') && value);
  if (!set.length) return story();
  return html`<div style=${set.map(([name, value]) => `${name}: ${value}`).join('; ')}>${story()}</div>`;
};
