// npm start: fetch Electron's own program the first time (its install script), then run the app.
// That download is the one step that needs the internet, so when it fails, say what it was
// fetching, how big it is, and what to do, instead of the bare "TypeError: fetch failed".
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';

const require = createRequire(import.meta.url);
const { version } = require('electron/package.json');

const install = spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: ['inherit', 'inherit', 'pipe'], encoding: 'utf8' });
if (install.status !== 0) {
  const reason = (install.stderr || '').trim().split('\n').find((line) => line.trim()) ?? 'no reason given';
  console.error(`
Carebook could not start: it could not download Electron, the program it runs in.

  What it tried to fetch: Electron ${version} for ${platform()} (${arch()}), about 100 MB,
                          from Electron's releases on GitHub (only the first time).
  What went wrong:        ${reason}

What to do:
  - Check this computer is connected to the internet, then run "npm start" again.
  - Behind a proxy: set ELECTRON_GET_USE_PROXY=1 and GLOBAL_AGENT_HTTPS_PROXY to your proxy's address.
  - No access to GitHub: point ELECTRON_MIRROR at a copy of Electron's releases, or put the
    downloaded file (electron-v${version}-${platform()}-${arch()}.zip) in the folder named by
    electron_config_cache, then run "npm start" again.
  These settings are described in Electron's "Advanced Installation Instructions".
`);
  process.exit(1);
}

const preview = spawnSync('electron-vite', ['preview'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(preview.status ?? 1);
