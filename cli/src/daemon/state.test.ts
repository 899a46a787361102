// Whether a daemon is stopped by a signal: from /proc on Linux, from ps on macOS and the BSDs
// (tested here on Linux, whose ps answers the same question the same way).
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import { frozen } from './state';

describe('daemon state: frozen (a process stopped by a signal)', function () {
  this.timeout(20000);
  const hasPs = process.platform !== 'win32' && spawnSync('ps', ['-o', 'state=', '-p', String(process.pid)]).status === 0;

  it('is told by /proc on Linux and by ps elsewhere; never on Windows', async function () {
    if (process.platform === 'win32' || !hasPs) this.skip();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      const pid = child.pid!;
      const posix: NodeJS.Platform[] = process.platform === 'linux' ? ['linux', 'darwin', 'freebsd'] : ['darwin'];
      assert.deepStrictEqual(posix.map((p) => frozen(pid, p)), posix.map(() => false), 'running');
      process.kill(pid, 'SIGSTOP');
      // The kernel stops it at once, but say so only once it has.
      for (let i = 0; i < 50 && !frozen(pid, 'darwin'); i++) await new Promise((r) => setTimeout(r, 20));
      assert.deepStrictEqual(posix.map((p) => frozen(pid, p)), posix.map(() => true), 'stopped');
      assert.strictEqual(frozen(pid, 'win32'), false);
      process.kill(pid, 'SIGCONT');
      for (let i = 0; i < 50 && frozen(pid, 'darwin'); i++) await new Promise((r) => setTimeout(r, 20));
      assert.deepStrictEqual(posix.map((p) => frozen(pid, p)), posix.map(() => false), 'continued');
    } finally {
      child.kill('SIGKILL');
    }
    // Gone: no process, not stopped.
    await new Promise((resolve) => child.once('exit', resolve));
    assert.strictEqual(frozen(child.pid!, 'darwin'), false);
    assert.strictEqual(frozen(child.pid!, 'linux'), false);
  });
});
