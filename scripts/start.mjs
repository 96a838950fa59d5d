// `npm start`: builds the script-tag bundle if needed, then serves the demo pages (Vite, :5173)
// and Storybook (:6006) side by side until Ctrl-C.
import { spawn } from 'node:child_process';

const run = (command, args) => spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });

const build = run('node', ['scripts/build-if-needed.mjs']);
build.on('exit', (code) => {
  if (code) process.exit(code);
  const children = [
    run('npx', ['vite', '--port', '5173', '--strictPort']),
    run('npx', ['storybook', 'dev', '--port', '6006', '--no-open', '--ci']),
  ];
  console.log('\n  Demo:      http://localhost:5173/  (and /no-js.html)\n  Storybook: http://localhost:6006/\n');
  const stop = () => children.forEach((child) => child.kill('SIGTERM'));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const child of children) child.on('exit', (exitCode) => exitCode && stop());
});
