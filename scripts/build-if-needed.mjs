// Runs `npm run build` when dist/ is missing or older than any file under src/ or the build config.
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function built(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

const sources = Math.max(newest('src'), newest('vite.config.ts'), newest('package.json'));
const output = Math.min(built('dist/index.js'), built('dist/cdn/article-elements.js'), built('dist/cdn/article-elements.iife.js'));
if (output < sources) execSync('npm run build', { stdio: 'inherit' });
