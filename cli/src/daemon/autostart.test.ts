// The start a lint makes is tested end to end in daemon.test.ts ("started by a lint"); here, the
// reading of GONGWEN_DAEMON and CI, and the log kept from growing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { daemonMode, openLog } from './autostart';
import { daemonPaths } from './state';

describe('daemon start by a lint: GONGWEN_DAEMON, CI, the log', () => {
  it('reads GONGWEN_DAEMON, and CI when it is unset', () => {
    const cases: [NodeJS.ProcessEnv, string][] = [
      [{}, 'auto'],
      [{ GONGWEN_DAEMON: '' }, 'auto'],
      [{ CI: 'true' }, 'manual'],
      [{ CI: '1' }, 'manual'],
      [{ GITHUB_ACTIONS: 'true' }, 'manual'],
      [{ JENKINS_URL: 'http://ci/' }, 'manual'],
      // Set to say "not CI" (as ci-info reads it).
      [{ CI: 'false' }, 'auto'],
      [{ CI: '0' }, 'auto'],
      [{ CI: '' }, 'auto'],
      [{ GONGWEN_DAEMON: 'off' }, 'off'],
      [{ GONGWEN_DAEMON: 'OFF ' }, 'off'],
      [{ GONGWEN_DAEMON: '0' }, 'off'],
      [{ GONGWEN_DAEMON: 'false' }, 'off'],
      [{ GONGWEN_DAEMON: 'manual' }, 'manual'],
      // Said outright, it wins over CI: a long CI job may want one.
      [{ GONGWEN_DAEMON: 'auto', CI: 'true' }, 'auto'],
      [{ GONGWEN_DAEMON: '1', CI: 'true' }, 'auto'],
      [{ GONGWEN_DAEMON: 'off', CI: 'true' }, 'off'],
      // Not a value it knows: as unset.
      [{ GONGWEN_DAEMON: 'sometimes' }, 'auto'],
      [{ GONGWEN_DAEMON: 'sometimes', CI: 'true' }, 'manual'],
    ];
    for (const [env, want] of cases) assert.strictEqual(daemonMode(env), want, JSON.stringify(env));
  });

  it('starts a new log past 1 MB, keeping the last one as .log.1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-autostart-'));
    try {
      const paths = daemonPaths(path.join(dir, 'dist', 'cli.js'), dir);
      const append = (text: string) => {
        const fd = openLog(paths);
        fs.writeSync(fd, text);
        fs.closeSync(fd);
      };
      append('first start\n');
      append('second start\n');
      assert.strictEqual(fs.readFileSync(paths.log, 'utf8'), 'first start\nsecond start\n', 'appended to');
      const big = 'x'.repeat((1 << 20) + 1);
      fs.writeFileSync(paths.log, big);
      append('after\n');
      assert.strictEqual(fs.readFileSync(paths.log, 'utf8'), 'after\n');
      assert.strictEqual(fs.readFileSync(`${paths.log}.1`, 'utf8'), big);
      if (process.platform !== 'win32') assert.strictEqual(fs.statSync(paths.log).mode & 0o777, 0o600, 'only its user reads it');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
