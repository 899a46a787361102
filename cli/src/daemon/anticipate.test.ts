// The daemon lints a file it linted again when the file changes (cli/src/daemon/anticipate.ts):
// the next request finds the new text's result kept and prints what a fresh process prints. In
// process, with the real rules and real file watches.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lintInProcess } from '../testing';
import type { Run } from '../testing';
import { forgetKept, keepBetweenRuns, keptLint } from '../kept';
import { anticipateChanges } from './anticipate';

const SAMPLE = path.resolve(__dirname, '../../../samples/draft-notice-errors.txt');
const TODAY = '2026-11-22';
const AHEAD = /linted in the background when the file changed/;

describe('the daemon lints a changed file before it is asked (cli/src/daemon/anticipate.ts)', () => {
  let tmp: string;
  let stop: () => void;
  let ran: number;
  const debug = process.env.GONGWEN_DEBUG;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ahead-')));
    process.env.GONGWEN_DEBUG = 'kept';
    keepBetweenRuns(true);
    ran = 0;
    stop = anticipateChanges((task) => {
      ran++;
      task();
    }, (line) => assert.fail(line));
  });
  afterEach(() => {
    stop();
    keepBetweenRuns(false);
    forgetKept();
    fs.rmSync(tmp, { recursive: true, force: true });
    if (debug === undefined) delete process.env.GONGWEN_DEBUG;
    else process.env.GONGWEN_DEBUG = debug;
  });

  const run = (args: string[]): Promise<Run> => lintInProcess(args, tmp, TODAY);

  /** Waits until the kept result of `file` is of `text` (the background lint has run), 5 s at most. */
  async function keptText(file: string, text: string): Promise<void> {
    for (const until = Date.now() + 5000; Date.now() < until;) {
      if (keptLint(file)?.result.source.text === text) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.fail(`the kept result of ${file} is not of its new text`);
  }

  /** The output of a process that keeps nothing. */
  async function fresh(args: string[]): Promise<{ code: number; out: string; err: string }> {
    keepBetweenRuns(false);
    try {
      return await run(args);
    } finally {
      keepBetweenRuns(true);
    }
  }

  it('lints a saved file in the background; the next lint prints what a fresh process prints', async () => {
    const file = path.join(tmp, 'draft.txt');
    let text = fs.readFileSync(SAMPLE, 'utf8');
    fs.writeFileSync(file, text);
    assert.doesNotMatch((await run(['--format', 'json', 'draft.txt'])).err, AHEAD);
    // Saved in place (truncated and written, as fs.writeFile does), then by an editor's atomic
    // save (a temporary file renamed over it), then in place again: the watch follows the path.
    const saves: ((t: string) => void)[] = [
      (t) => fs.writeFileSync(file, t),
      (t) => {
        fs.writeFileSync(`${file}.tmp`, t);
        fs.renameSync(`${file}.tmp`, file);
      },
      (t) => fs.writeFileSync(file, t),
    ];
    const edits = [(t: string) => t.replace('，', '，，'), (t: string) => t.replace('。', ''), (t: string) => `${t}\n附件：1.名单\n`];
    for (const [i, save] of saves.entries()) {
      text = edits[i](text);
      save(text);
      await keptText(file, text);
      const r = await run(['--format', 'json', 'draft.txt']);
      assert.match(r.err, AHEAD, `save ${i}`);
      const f = await fresh(['--format', 'json', 'draft.txt']);
      assert.deepStrictEqual({ ...r, err: '' }, f, `save ${i}`);
    }
    assert.ok(ran >= 3, 'every save was linted through the queue');
  });

  it('lints only the text the request would: a deleted file, another option, a file no longer kept', async () => {
    const file = path.join(tmp, 'draft.txt');
    const text = fs.readFileSync(SAMPLE, 'utf8');
    fs.writeFileSync(file, text);
    await run(['draft.txt']);
    // Deleted: nothing kept changes, and the request says the file is missing.
    fs.rmSync(file);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.strictEqual(keptLint(file)?.result.source.text, text);
    const missing = await run(['draft.txt']);
    assert.strictEqual(missing.code, 2);
    // Written again: watched again once a lint keeps it.
    fs.writeFileSync(file, text);
    await run(['draft.txt']);
    fs.writeFileSync(file, `${text}\n`);
    await keptText(file, `${text}\n`);
    // Another option (a date): the background result is not used, and the output is a fresh one's.
    const dated = await run(['--format', 'json', '--date', '2020-01-01', 'draft.txt']);
    assert.doesNotMatch(dated.err, AHEAD);
    assert.deepStrictEqual({ ...dated, err: '' }, await fresh(['--format', 'json', '--date', '2020-01-01', 'draft.txt']));
    // Forgotten: no longer watched, nothing linted.
    forgetKept();
    const before = ran;
    fs.writeFileSync(file, `${text}\n\n`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.strictEqual(ran, before);
    assert.strictEqual(keptLint(file), undefined);
  });
});
