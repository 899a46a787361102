// The warm-up of a daemon a lint started is tested end to end in daemon.test.ts; here, what it
// keeps of the lint's arguments (never what writes), and how it is handed over.
import * as assert from 'assert';
import { takeWarmRequest, warmArgv } from './warm';

describe('daemon warm-up: the lint it runs', () => {
  it('keeps what decides the lint and the report, and drops what writes', () => {
    assert.deepStrictEqual(
      warmArgv(['lint', '--fix', '-o', 'report.txt', '--cache', '--cache-location', 'c', '--cache-strategy', 'metadata', '--format', 'json', 'a.gw', 'drafts']),
      ['lint', '--format', 'json', '--jobs', '1', '--', 'a.gw', 'drafts'],
    );
    assert.deepStrictEqual(
      warmArgv(['lint', '--model', 'm.json', '-c', 'rc.json', '--date', '2025-01-01', '--quiet', '--info', '--max-warnings', '0', '-j', '4', 'x.txt']),
      ['lint', '--model', 'm.json', '--config', 'rc.json', '--date', '2025-01-01', '--quiet', '--info', '--jobs', '1', '--', 'x.txt'],
    );
    // A file named like an option stays a file.
    assert.deepStrictEqual(warmArgv(['lint', '--', '--fix']), ['lint', '--jobs', '1', '--', '--fix']);
    assert.deepStrictEqual(warmArgv(['lint']), ['lint', '--jobs', '1', '--'], 'no file: the folder, as the lint');
  });

  it('none for standard input, --help or a usage error', () => {
    assert.strictEqual(warmArgv(['lint', '-']), undefined);
    assert.strictEqual(warmArgv(['lint', 'a.gw', '-']), undefined);
    assert.strictEqual(warmArgv(['lint', '--help']), undefined);
    assert.strictEqual(warmArgv(['lint', '--no-such-option', 'a.gw']), undefined);
  });

  it('is taken out of the environment, whole or not at all', () => {
    const env: NodeJS.ProcessEnv = { GONGWEN_DAEMON_WARM: JSON.stringify({ cwd: '/w', argv: ['lint', 'a.gw'] }), KEEP: '1' };
    assert.deepStrictEqual(takeWarmRequest(env), { cwd: '/w', argv: ['lint', 'a.gw'] });
    assert.deepStrictEqual(env, { KEEP: '1' });
    for (const raw of ['{', '{"cwd":"/w"}', '{"cwd":"/w","argv":[1]}', 'null']) {
      const damaged: NodeJS.ProcessEnv = { GONGWEN_DAEMON_WARM: raw };
      assert.strictEqual(takeWarmRequest(damaged), undefined, raw);
      assert.deepStrictEqual(damaged, {});
    }
    assert.strictEqual(takeWarmRequest({}), undefined);
  });
});
