// The repository's own type check, as `tsc -p tsconfig.json` runs it (src, test, stories,
// .storybook), for test/typescript.test.ts: the test runner and Storybook strip types unchecked,
// and the build checks src alone (tsconfig.build.json).
import { resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');

/** TypeScript's errors for the project, as `file(line,col): message`. */
export function typecheckProject() {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) return ['tsconfig.json: could not be read'];
  const program = ts.createProgram(config.fileNames, config.options);
  return [...config.errors, ...ts.getPreEmitDiagnostics(program)].map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.replace(`${root}/`, '')}(${line + 1},${character + 1}): ${message}`;
  });
}
