// Runs `npm run build` when dist/ is missing or older than any file under src/ or anything the build reads.
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

const inputs = ['src', 'scripts', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json', 'custom-elements-manifest.config.mjs', 'package.json'];
const sources = Math.max(...inputs.map(newest));
const output = Math.min(built('dist/index.js'), built('dist/cdn/article-elements.js'), built('dist/cdn/article-elements.iife.js'));
if (output < sources) execSync('npm run build', { stdio: 'inherit' });
