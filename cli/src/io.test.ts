// writeFileAtomic (cli/src/io.ts) never loses a file's text: a write that fails leaves the file as
// it was, whether it went through a temporary file or (a file with hard links) in place.
import * as assert from 'assert';
import fs = require('fs');
import * as os from 'os';
import * as path from 'path';
import { colorFor, ioFor, terminalColumns, writeFileAtomic } from './io';

describe('writeFileAtomic', () => {
  let tmp: string;
  const writeSync = fs.writeSync;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-io-')));
  });
  afterEach(() => {
    (fs as { writeSync: unknown }).writeSync = writeSync;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Makes the next write to a file stop after `n` bytes with ENOSPC (a full disk), once. */
  function diskFullAfter(n: number): void {
    let failed = false;
    (fs as { writeSync: unknown }).writeSync = (fd: number, buf: Uint8Array, offset: number, length: number, position: number) => {
      if (failed || length <= n) return writeSync(fd, buf, offset, length, position);
      failed = true;
      writeSync(fd, buf, offset, n, position);
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
  }

  it('a file with hard links: written in place; a write that fails halfway puts the old text back', () => {
    const file = path.join(tmp, 'doc.txt');
    const old = '聊政办发〔2024〕5号\n关于加强管理的通知\n';
    fs.writeFileSync(file, old);
    fs.linkSync(file, path.join(tmp, 'link.txt'));
    const longer = old.replace('加强管理', '进一步加强和改进管理工作');
    diskFullAfter(10);
    assert.throws(() => writeFileAtomic(file, longer), /ENOSPC/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), old);
    assert.deepStrictEqual(fs.readdirSync(tmp).sort(), ['doc.txt', 'link.txt'], 'no backup left behind');
    writeFileAtomic(file, longer);
    assert.strictEqual(fs.readFileSync(path.join(tmp, 'link.txt'), 'utf8'), longer);
    writeFileAtomic(file, 'x');
    assert.strictEqual(fs.readFileSync(path.join(tmp, 'link.txt'), 'utf8'), 'x', 'shorter: the rest cut off');
  });
});

describe('colorFor', () => {
  it('colours a terminal; NO_COLOR turns them off; FORCE_COLOR turns them on for a pipe, or off as 0 or false', () => {
    assert.deepStrictEqual(
      [
        colorFor(true, {}), colorFor(false, {}),
        colorFor(true, { NO_COLOR: '1' }), colorFor(true, { NO_COLOR: '' }),
        colorFor(false, { FORCE_COLOR: '1' }), colorFor(false, { FORCE_COLOR: '' }),
        colorFor(true, { FORCE_COLOR: '0' }), colorFor(true, { FORCE_COLOR: 'false' }),
        colorFor(false, { FORCE_COLOR: '1', NO_COLOR: '1' }),
      ],
      [true, false, false, true, true, true, false, false, false],
    );
  });
});

describe('terminalColumns', () => {
  it('is the width of a terminal; none for a pipe, or in VS Code, whose tasks\' problem matchers read one problem per line', () => {
    assert.strictEqual(terminalColumns({ isTTY: true, columns: 120 }, {}), 120);
    assert.strictEqual(terminalColumns({ isTTY: false, columns: 120 }, {}), undefined);
    assert.strictEqual(terminalColumns({ isTTY: true, columns: 0 }, {}), undefined);
    assert.strictEqual(terminalColumns({ isTTY: true, columns: 120 }, { TERM_PROGRAM: 'vscode' }), undefined);
    const write = { stdout: () => undefined, stderr: () => undefined };
    assert.strictEqual(ioFor('/', true, {}, write, 90).columns, 90);
    assert.strictEqual(ioFor('/', false, {}, write, 90).columns, undefined);
  });
});
