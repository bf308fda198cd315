// Finds a Chromium for the browser tests: CHROMIUM_PATH or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, system places, Playwright's cache.
// Every browser test and the pretest step (ensure-chromium.mjs) ask this one module; filesystem and env are injectable.

import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The variables that name a browser, first one set wins. */
export const PATH_VARIABLES = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];

/** Where systems install Chrome or Chromium, per platform, most usual first. */
export function systemLocations(platform, env = {}) {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ...(env.HOME
        ? [join(env.HOME, 'Applications/Chromium.app/Contents/MacOS/Chromium'), join(env.HOME, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome')]
        : []),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.map((root) => join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/local/bin/chromium',
  ];
}

/** Playwright's browser cache: PLAYWRIGHT_BROWSERS_PATH, else its per-platform default (as playwright-core computes it). */
export function playwrightCache(platform, env, home) {
  if (env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0') return env.PLAYWRIGHT_BROWSERS_PATH;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'ms-playwright');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'ms-playwright');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'ms-playwright');
}

/** The executable inside one `chromium-<revision>` folder: Chrome for Testing builds (1.57+) and the older Chromium ones. */
const CACHE_LAYOUTS = {
  linux: [
    ['chrome-linux64', 'chrome'],
    ['chrome-linux-arm64', 'chrome'],
    ['chrome-linux', 'chrome'],
  ],
  darwin: [
    ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ],
  win32: [
    ['chrome-win64', 'chrome.exe'],
    ['chrome-win', 'chrome.exe'],
  ],
};

/** Executables in Playwright's cache, newest revision first. */
export function cacheLocations(platform, env, home, list) {
  const cache = playwrightCache(platform, env, home);
  const revisions = list(cache)
    .map((name) => /^chromium-(\d+)$/.exec(name))
    .filter(Boolean)
    .sort((a, b) => Number(b[1]) - Number(a[1]))
    .map((match) => match[0]);
  const layouts = CACHE_LAYOUTS[platform] ?? CACHE_LAYOUTS.linux;
  return revisions.flatMap((revision) => layouts.map((parts) => join(cache, revision, ...parts)));
}

/** An executable regular file (on Windows: any file). */
export function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function listDir(path) {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/**
 * The browser to use.
 * @returns {{ path: string, from: string } | { path: null, variable?: { name: string, value: string }, tried: string[] }}
 * A variable that is set but names no executable is not skipped over: `variable` says which, so the caller can say so.
 */
export function findChromium({ env = process.env, platform = process.platform, home = homedir(), exists = isExecutable, list = listDir } = {}) {
  for (const name of PATH_VARIABLES) {
    const value = env[name];
    if (!value) continue;
    if (exists(value)) return { path: value, from: name };
    return { path: null, variable: { name, value }, tried: [value] };
  }
  const tried = [];
  for (const [from, paths] of [
    ['system', systemLocations(platform, { ...env, HOME: env.HOME ?? home })],
    ['playwright cache', cacheLocations(platform, env, home, list)],
  ]) {
    for (const path of paths) {
      if (exists(path)) return { path, from };
      tried.push(path);
    }
  }
  return { path: null, tried };
}
