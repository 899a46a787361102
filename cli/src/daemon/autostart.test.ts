// The start a lint makes is tested end to end in daemon.test.ts ("started by a lint"); here, the
// reading of GONGWEN_DAEMON, CI and the terminal, and the log kept from growing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { daemonMode, openLog } from './autostart';
import { daemonPaths } from './state';

describe('daemon start by a lint: GONGWEN_DAEMON, CI, the terminal, the log', () => {
  it('reads GONGWEN_DAEMON, and when it is unset, CI and the terminal', () => {
    // [environment, in a terminal, mode]
    const cases: [NodeJS.ProcessEnv, boolean, string][] = [
      [{}, true, 'auto'],
      [{ GONGWEN_DAEMON: '' }, true, 'auto'],
      // A script, a tool, a harness: nobody at a terminal waits for the next lint.
      [{}, false, 'manual'],
      [{ CI: 'true' }, true, 'manual'],
      [{ CI: '1' }, true, 'manual'],
      [{ GITHUB_ACTIONS: 'true' }, true, 'manual'],
      [{ JENKINS_URL: 'http://ci/' }, true, 'manual'],
      // Set to say "not CI" (as ci-info reads it).
      [{ CI: 'false' }, true, 'auto'],
      [{ CI: '0' }, true, 'auto'],
      [{ CI: '' }, true, 'auto'],
      [{ CI: 'false' }, false, 'manual'],
      [{ GONGWEN_DAEMON: 'off' }, true, 'off'],
      [{ GONGWEN_DAEMON: 'OFF ' }, true, 'off'],
      [{ GONGWEN_DAEMON: '0' }, true, 'off'],
      [{ GONGWEN_DAEMON: 'false' }, false, 'off'],
      [{ GONGWEN_DAEMON: 'manual' }, true, 'manual'],
      // Said outright, it wins over CI and the terminal: a long CI job may want one.
      [{ GONGWEN_DAEMON: 'auto', CI: 'true' }, false, 'auto'],
      [{ GONGWEN_DAEMON: '1', CI: 'true' }, true, 'auto'],
      [{ GONGWEN_DAEMON: 'off', CI: 'true' }, true, 'off'],
      // Not a value it knows: as unset.
      [{ GONGWEN_DAEMON: 'sometimes' }, true, 'auto'],
      [{ GONGWEN_DAEMON: 'sometimes', CI: 'true' }, true, 'manual'],
    ];
    for (const [env, terminal, want] of cases) assert.strictEqual(daemonMode(env, () => terminal), want, `${JSON.stringify(env)} ${terminal ? 'in' : 'not in'} a terminal`);
  });

  it('asks whether it runs in a terminal only when the environment leaves it open', () => {
    let asked = 0;
    const ask = () => (asked++, true);
    for (const env of [{ GONGWEN_DAEMON: 'off' }, { GONGWEN_DAEMON: 'manual' }, { GONGWEN_DAEMON: 'auto' }, { CI: 'true' }]) daemonMode(env, ask);
    assert.strictEqual(asked, 0);
    daemonMode({}, ask);
    assert.strictEqual(asked, 1);
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
