// The browser finder and the pretest's decision, on fake filesystems and machines: which Chromium, what to install, the one line.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findChromium } from '../support/chromium.mjs';
import { ensureChromium, installPlan, stopLine } from '../support/ensure-chromium.mjs';

const HOME_LINUX = '/home/ada';
const HOME_MAC = '/Users/ada';
const PW_LINUX = '/home/ada/.cache/ms-playwright';
const PW_MAC = '/Users/ada/Library/Caches/ms-playwright';
const CFT_MAC = 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';

/** A fake filesystem: the executables that exist; folders are listed from them. */
function fakeFs(files) {
  const set = new Set(files);
  return {
    exists: (path) => set.has(path),
    list: (dir) => [...new Set(files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split('/')[0]))],
  };
}

const CASES = [
  { name: 'nothing anywhere', platform: 'linux', env: {}, files: [], want: null },
  { name: "Debian's chromium", platform: 'linux', env: {}, files: ['/usr/bin/chromium'], want: ['/usr/bin/chromium', 'system'] },
  { name: "Ubuntu's chromium-browser", platform: 'linux', env: {}, files: ['/usr/bin/chromium-browser'], want: ['/usr/bin/chromium-browser', 'system'] },
  { name: 'Google Chrome on Linux', platform: 'linux', env: {}, files: ['/usr/bin/google-chrome-stable'], want: ['/usr/bin/google-chrome-stable', 'system'] },
  { name: 'the snap', platform: 'linux', env: {}, files: ['/snap/bin/chromium'], want: ['/snap/bin/chromium', 'system'] },
  {
    name: 'chromium before chrome when both are there',
    platform: 'linux',
    env: {},
    files: ['/usr/bin/google-chrome', '/usr/bin/chromium'],
    want: ['/usr/bin/chromium', 'system'],
  },
  {
    name: 'CHROMIUM_PATH at a non-standard place wins over the system one',
    platform: 'linux',
    env: { CHROMIUM_PATH: '/opt/chromium/chrome' },
    files: ['/opt/chromium/chrome', '/usr/bin/chromium'],
    want: ['/opt/chromium/chrome', 'CHROMIUM_PATH'],
  },
  {
    name: "Playwright's variable",
    platform: 'linux',
    env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/opt/pw/chrome' },
    files: ['/opt/pw/chrome'],
    want: ['/opt/pw/chrome', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'],
  },
  {
    name: 'CHROMIUM_PATH before the Playwright variable',
    platform: 'linux',
    env: { CHROMIUM_PATH: '/a/chrome', PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/b/chrome' },
    files: ['/a/chrome', '/b/chrome'],
    want: ['/a/chrome', 'CHROMIUM_PATH'],
  },
  {
    name: 'an empty variable is not set',
    platform: 'linux',
    env: { CHROMIUM_PATH: '' },
    files: ['/usr/bin/chromium'],
    want: ['/usr/bin/chromium', 'system'],
  },
  {
    name: 'a variable naming nothing is reported, not skipped over',
    platform: 'linux',
    env: { CHROMIUM_PATH: '/typo/chrome' },
    files: ['/usr/bin/chromium'],
    want: null,
    variable: { name: 'CHROMIUM_PATH', value: '/typo/chrome' },
  },
  {
    name: "Playwright's cache, Chrome for Testing layout, newest revision",
    platform: 'linux',
    env: {},
    files: [`${PW_LINUX}/chromium-1181/chrome-linux64/chrome`, `${PW_LINUX}/chromium-1255/chrome-linux64/chrome`],
    want: [`${PW_LINUX}/chromium-1255/chrome-linux64/chrome`, 'playwright cache'],
  },
  {
    name: "Playwright's cache, the older chrome-linux layout",
    platform: 'linux',
    env: {},
    files: [`${PW_LINUX}/chromium-1091/chrome-linux/chrome`],
    want: [`${PW_LINUX}/chromium-1091/chrome-linux/chrome`, 'playwright cache'],
  },
  {
    name: 'the headless shell folder is not a chromium folder',
    platform: 'linux',
    env: {},
    files: [`${PW_LINUX}/chromium_headless_shell-1255/chrome-linux64/chrome`],
    want: null,
  },
  {
    name: 'the system browser before the cache',
    platform: 'linux',
    env: {},
    files: ['/usr/bin/chromium', `${PW_LINUX}/chromium-1255/chrome-linux64/chrome`],
    want: ['/usr/bin/chromium', 'system'],
  },
  {
    name: 'PLAYWRIGHT_BROWSERS_PATH moves the cache',
    platform: 'linux',
    env: { PLAYWRIGHT_BROWSERS_PATH: '/srv/pw' },
    files: ['/srv/pw/chromium-1255/chrome-linux64/chrome', `${PW_LINUX}/chromium-1181/chrome-linux64/chrome`],
    want: ['/srv/pw/chromium-1255/chrome-linux64/chrome', 'playwright cache'],
  },
  {
    name: 'XDG_CACHE_HOME moves the cache on Linux',
    platform: 'linux',
    env: { XDG_CACHE_HOME: '/xdg' },
    files: ['/xdg/ms-playwright/chromium-1255/chrome-linux64/chrome'],
    want: ['/xdg/ms-playwright/chromium-1255/chrome-linux64/chrome', 'playwright cache'],
  },
  {
    name: 'macOS: the Chrome app bundle',
    platform: 'darwin',
    env: {},
    files: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    want: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'system'],
  },
  {
    name: 'macOS: Chromium before Chrome',
    platform: 'darwin',
    env: {},
    files: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
    want: ['/Applications/Chromium.app/Contents/MacOS/Chromium', 'system'],
  },
  {
    name: "macOS: Chrome in the user's Applications",
    platform: 'darwin',
    env: {},
    files: [`${HOME_MAC}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`],
    want: [`${HOME_MAC}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`, 'system'],
  },
  {
    name: "macOS: Playwright's cache (arm64)",
    platform: 'darwin',
    env: {},
    files: [`${PW_MAC}/chromium-1255/chrome-mac-arm64/${CFT_MAC}`],
    want: [`${PW_MAC}/chromium-1255/chrome-mac-arm64/${CFT_MAC}`, 'playwright cache'],
  },
  {
    name: 'macOS: Linux paths mean nothing there',
    platform: 'darwin',
    env: {},
    files: ['/usr/bin/chromium', `${PW_LINUX}/chromium-1255/chrome-linux64/chrome`],
    want: null,
  },
];

describe('findChromium', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const home = c.platform === 'darwin' ? HOME_MAC : HOME_LINUX;
      const { exists, list } = fakeFs(c.files);
      const found = findChromium({ env: c.env, platform: c.platform, home, exists, list });
      if (c.want) assert.deepEqual({ path: found.path, from: found.from }, { path: c.want[0], from: c.want[1] });
      else {
        assert.equal(found.path, null);
        assert.deepEqual(found.variable, c.variable);
      }
    });
  }

  test('with nothing found it lists every place it looked, the system ones first', () => {
    const found = findChromium({ env: {}, platform: 'linux', home: HOME_LINUX, ...fakeFs([]) });
    assert.equal(found.tried[0], '/usr/bin/chromium');
    assert.ok(found.tried.includes('/snap/bin/chromium'));
  });
});

describe('installPlan', () => {
  const linux = { platform: 'linux', isRoot: false, passwordlessSudo: false, hasApt: true, noInstall: false };
  const cases = [
    ['root on Debian: apt-get, then Playwright', { ...linux, isRoot: true }, [{ kind: 'apt', sudo: false }, { kind: 'playwright' }]],
    ['passwordless sudo: apt-get through sudo', { ...linux, passwordlessSudo: true }, [{ kind: 'apt', sudo: true }, { kind: 'playwright' }]],
    ['a plain user: Playwright only', linux, [{ kind: 'playwright' }]],
    ['root without apt-get: Playwright only', { ...linux, isRoot: true, hasApt: false }, [{ kind: 'playwright' }]],
    ['macOS: Playwright only', { ...linux, platform: 'darwin', hasApt: false, isRoot: true }, [{ kind: 'playwright' }]],
    ['KINDLING_NO_BROWSER_INSTALL: nothing, even as root', { ...linux, isRoot: true, noInstall: true }, []],
  ];
  for (const [name, facts, plan] of cases) test(name, () => assert.deepEqual(installPlan(facts), plan));
});

describe('ensureChromium', () => {
  const NONE = { path: null, tried: ['/usr/bin/chromium'] };
  const APT_CHROMIUM = { path: '/usr/bin/chromium', from: 'system' };

  /** A machine where each install step may put a browser in place. */
  function machine({ before = NONE, installs = {} }) {
    let current = before;
    const ran = [];
    const logged = [];
    return {
      ran,
      logged,
      deps: (plan, platform = 'linux') => ({
        find: () => current,
        plan,
        platform,
        log: (line) => logged.push(line),
        install: async (step) => {
          ran.push(step.kind);
          const outcome = installs[step.kind];
          if (!outcome) return false;
          current = outcome;
          return true;
        },
      }),
    };
  }

  test('a browser already there: nothing installed, nothing said', async () => {
    const m = machine({ before: APT_CHROMIUM });
    assert.deepEqual(await ensureChromium(m.deps([{ kind: 'apt' }, { kind: 'playwright' }])), APT_CHROMIUM);
    assert.deepEqual(m.ran, []);
    assert.deepEqual(m.logged, []);
  });

  test("none, as root: Debian's chromium is installed and found; Playwright is not tried", async () => {
    const m = machine({ installs: { apt: APT_CHROMIUM } });
    assert.deepEqual(await ensureChromium(m.deps([{ kind: 'apt' }, { kind: 'playwright' }])), APT_CHROMIUM);
    assert.deepEqual(m.ran, ['apt']);
  });

  test('apt-get fails: Playwright brings one', async () => {
    const pw = { path: `${PW_LINUX}/chromium-1255/chrome-linux64/chrome`, from: 'playwright cache' };
    const m = machine({ installs: { playwright: pw } });
    assert.deepEqual(await ensureChromium(m.deps([{ kind: 'apt' }, { kind: 'playwright' }])), pw);
    assert.deepEqual(m.ran, ['apt', 'playwright']);
  });

  test('nothing works: one line saying what to install and how to point the tests at it', async () => {
    const m = machine({});
    const result = await ensureChromium(m.deps([{ kind: 'playwright' }]));
    assert.equal(result.path, null);
    assert.equal(result.line.split('\n').length, 1);
    assert.match(result.line, /apt-get install chromium/);
    assert.match(result.line, /npx playwright-core install chromium/);
    assert.match(result.line, /CHROMIUM_PATH=\/path\/to\/chromium npm test/);
  });

  test('installs forbidden: the line at once, nothing run', async () => {
    const m = machine({});
    const result = await ensureChromium(m.deps([]));
    assert.equal(result.line, stopLine('linux', NONE));
    assert.deepEqual(m.ran, []);
  });

  test('an install that says it worked but leaves no browser: the next step, then the line', async () => {
    const m = machine({ installs: { apt: NONE } });
    const result = await ensureChromium(m.deps([{ kind: 'apt' }, { kind: 'playwright' }]));
    assert.equal(result.path, null);
    assert.deepEqual(m.ran, ['apt', 'playwright']);
  });

  test('CHROMIUM_PATH naming nothing: no install, a line naming the variable', async () => {
    const m = machine({ before: { path: null, variable: { name: 'CHROMIUM_PATH', value: '/typo/chrome' }, tried: ['/typo/chrome'] } });
    const result = await ensureChromium(m.deps([{ kind: 'apt' }, { kind: 'playwright' }]));
    assert.deepEqual(m.ran, []);
    assert.match(result.line, /^CHROMIUM_PATH=\/typo\/chrome is not an executable file/);
  });

  test('macOS: the line says brew and an app bundle path', async () => {
    const m = machine({});
    const result = await ensureChromium(m.deps([], 'darwin'));
    assert.match(result.line, /brew install --cask chromium/);
    assert.match(result.line, /CHROMIUM_PATH="\/Applications\/Google Chrome\.app\/Contents\/MacOS\/Google Chrome" npm test/);
  });
});
