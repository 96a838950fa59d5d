/**
 * custom-elements.json as Storybook's docs tables should show it. Storybook keys every row by
 * name across attributes, properties, slots and parts, so a part named like an attribute
 * (<video-embed>'s `poster` and `title`) took the attribute's row and its control: parts are
 * listed as `::part(name)`. Private and static members are left out, and so are properties that
 * have an attribute (its row documents them); the published manifest keeps everything.
 */
import type { Package } from 'custom-elements-manifest/schema';

export function storybookManifest(manifest: Package): Package {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        if (!('customElement' in declaration)) return declaration;
        return {
          ...declaration,
          members: declaration.members?.filter(
            (member) =>
              (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('#') && !('attribute' in member && member.attribute),
          ),
          cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
        };
      }),
    })),
  };
}
