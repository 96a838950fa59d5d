// The project's own TypeScript (src, tests, stories, the Storybook config) type-checks, as
// `tsc -p tsconfig.json` checks it: the test runner strips types without checking them, so a
// test could otherwise call an API wrongly and still run (scripts/typecheck.mjs, run in Node).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('the project’s TypeScript', () => {
  it('type-checks with no error: sources, tests, stories and the Storybook config (tsconfig.json)', async function () {
    this.timeout(60000);
    expect(await executeServerCommand<string[], Record<string, never>>('project-typecheck', {})).to.deep.equal([]);
  });
});
