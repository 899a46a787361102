// The lint and fix commands in-process, with toy rules, so fixing is tested whatever rules exist.
import * as assert from 'assert';
import { EventEmitter } from 'events';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { lint as realLint, type Rule } from '../../../engine/src';
import type { Io } from '../io';
import { run as fix } from './fix';
import { run as rulesCommand } from './rules';
import { readsStdin, run as lint } from './lint';
import { USAGE } from '../usage';

const docs = { description: { zh: '测试', en: 'test' }, why: 'test', bad: 'x', good: 'y' };
// Fixable: ASCII brackets → 六角括号 (one diagnostic per bracket).
const bracket: Rule = {
  id: 'doc-number/bracket', severity: 'error', fixable: true, scope: 'gazette', docs,
  check(ctx) {
    const t = ctx.source.text;
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '[') ctx.report({ start: i, end: i + 1, message: '应为“〔”', fix: { range: [i, i + 1], text: '〔' } });
      if (t[i] === ']') ctx.report({ start: i, end: i + 1, message: '应为“〕”', fix: { range: [i, i + 1], text: '〕' } });
    }
  },
};
// Fixable, needing several passes: "第0" → "第", one overlapping pair at a time.
const leadingZero: Rule = {
  id: 'doc-number/leading-zero', severity: 'warning', fixable: true, scope: 'gazette', docs,
  check(ctx) {
    const m = /[\]〕](0+)\d/.exec(ctx.source.text);
    if (m) {
      const at = m.index + 1;
      // Two overlapping fixes when there are two zeros: only one applies per pass.
      for (let k = 0; k < m[1].length; k++) {
        ctx.report({ start: at + k, end: at + k + 1, message: '序号不加“0”', fix: { range: [at, at + k + 1], text: '0'.repeat(k) } });
      }
    }
  },
};
// Not fixable: its fix must never be applied by `gongwen fix`.
const alias: Rule = {
  id: 'lead-unit/alias', severity: 'warning', fixable: false, scope: 'gazette', docs,
  check(ctx) {
    const i = ctx.source.text.indexOf('市发改委');
    if (i >= 0) ctx.report({ start: i, end: i + 4, message: '应为“市发展改革委”', fix: { range: [i, i + 4], text: '市发展改革委' } });
  },
};
const RULES = [bracket, leadingZero, alias];

const DOC = '聊政办发[2024]005号\r\n\r\n聊城市人民政府办公室\r\n关于加强管理的通知\r\n\r\n各县（市、区）人民政府：\r\n    请市发改委牵头落实。\r\n\r\n聊城市人民政府办公室\r\n2024年6月1日\r\n';
const FIXED = DOC.replace('[2024]005号', '〔2024〕5号');

describe('lint and fix commands (in-process, toy rules)', () => {
  let tmp: string;
  let out: string;
  let err: string;
  let io: Io;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cmd-')));
    out = '';
    err = '';
    io = { cwd: tmp, color: false, stdout: (s) => void (out += s), stderr: (s) => void (err += s) };
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const env = { rules: RULES, today: '2026-11-22' };
  const write = (name: string, data: string | Buffer) => {
    fs.writeFileSync(path.join(tmp, name), data);
    return path.join(tmp, name);
  };

  it('the toy rules see the document (else these tests test nothing)', async () => {
    write('doc.txt', DOC);
    assert.strictEqual(await lint(['-f', 'json', 'doc.txt'], io, env), 1);
    const [r] = JSON.parse(out);
    assert.deepStrictEqual(r.messages.map((m: { ruleId: string; line: number; column: number }) => `${m.ruleId}@${m.line}:${m.column}`), [
      'doc-number/bracket@1:5', 'doc-number/bracket@1:10', 'doc-number/leading-zero@1:11', 'doc-number/leading-zero@1:12', 'lead-unit/alias@7:6',
    ]);
    assert.deepStrictEqual([r.errorCount, r.warningCount, r.fixableErrorCount, r.fixableWarningCount], [2, 3, 2, 2]);
    assert.ok(!('fix' in r.messages[4]) && r.messages[4].suggestions.length === 1, 'non-fixable rule: suggestion only');
  });

  it('fix rewrites only what fixes name, over several passes, keeping BOM and CRLF', async () => {
    const file = write('doc.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DOC)]));
    const code = await fix(['doc.txt'], io, env);
    assert.strictEqual(code, 0, err); // the alias warning is left, no error
    assert.deepStrictEqual(fs.readFileSync(file), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIXED)]));
    assert.ok(out.startsWith(`${file}: 4 处已修复 / 4 fix(es) applied\n`), out);
    assert.match(out, /7:6 {2}warning {2}应为“市发展改革委” {2}lead-unit\/alias/);
    // Idempotent: a second run changes nothing.
    out = '';
    assert.strictEqual(await fix(['doc.txt'], io, env), 0);
    assert.ok(!out.includes('已修复'));
    assert.deepStrictEqual(fs.readFileSync(file).subarray(3).toString('utf8'), FIXED);
  });

  it('fix keeps UTF-16 LE', async () => {
    const file = write('doc.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DOC, 'utf16le')]));
    await fix(['doc.txt'], io, env);
    assert.deepStrictEqual(fs.readFileSync(file), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXED, 'utf16le')]));
  });

  it('fix rewrites a GBK file in place in GBK, changing only the fixed bytes; --stdout gives the fixed text as UTF-8', async () => {
    const bytes = iconv.encode(DOC, 'gbk');
    const file = write('doc.txt', bytes);
    assert.strictEqual(await fix(['--stdout', 'doc.txt'], io, env), 0);
    assert.strictEqual(out, FIXED);
    assert.match(err, /lead-unit\/alias/); // what is left goes to stderr, not into the text
    assert.ok(fs.readFileSync(file).equals(bytes), '--stdout leaves the file alone');
    out = '';
    err = '';
    assert.strictEqual(await fix(['doc.txt'], io, env), 0, err);
    assert.strictEqual(err, '');
    assert.ok(fs.readFileSync(file).equals(iconv.encode(FIXED, 'gbk')));
    assert.ok(out.startsWith(`${file}: 4 处已修复 / 4 fix(es) applied\n`), out);
  });

  it('fix leaves a GBK file alone when a fix inserts what GB18030 cannot hold, and says so', async () => {
    const lone: Rule = { ...bracket, check(ctx) {
      const i = ctx.source.text.indexOf('[');
      if (i >= 0) ctx.report({ start: i, end: i + 1, message: 'x', fix: { range: [i, i + 1], text: '\ud800' } });
    } };
    const bytes = iconv.encode(DOC, 'gbk');
    const file = write('doc.txt', bytes);
    assert.strictEqual(await fix(['doc.txt'], io, { ...env, rules: [lone] }), 2);
    assert.strictEqual(err, `gongwen: 修复后的文本无法按 GB18030 写回，文件未改动，请用 --stdout 输出 UTF-8 文本 / the fixed text cannot be written back as GB18030; the file is unchanged; use --stdout to get it as UTF-8: ${file}\n`);
    assert.ok(fs.readFileSync(file).equals(bytes));
  });

  it('fix --dry-run lists each change and writes nothing', async () => {
    const file = write('doc.txt', DOC);
    assert.strictEqual(await fix(['--dry-run', 'doc.txt'], io, env), 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), DOC);
    const lines = out.split('\n');
    assert.strictEqual(lines[0], `${file}: 4 处修复 / 4 fix(es) would be applied`);
    assert.deepStrictEqual(lines.slice(1, 5), [
      '  1:5  "[" → "〔"  doc-number/bracket',
      '  1:10  "]" → "〕"  doc-number/bracket',
      '  1:11  "0" → ""  doc-number/leading-zero',
      '  1:11  "0" → ""  doc-number/leading-zero',
    ]);
  });

  it('lint --fix fixes in place and reports what is left', async () => {
    const file = write('doc.txt', DOC);
    assert.strictEqual(await lint(['--fix', '-f', 'json', 'doc.txt'], io, env), 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED);
    const [r] = JSON.parse(out);
    assert.deepStrictEqual(r.messages.map((m: { ruleId: string }) => m.ruleId), ['lead-unit/alias']);
  });

  it('lint --fix-dry-run reports what --fix would leave, with the fixed text as output, and writes nothing', async () => {
    const file = write('doc.txt', DOC);
    assert.strictEqual(await lint(['--fix-dry-run', '-f', 'json', 'doc.txt'], io, env), 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), DOC);
    const [r] = JSON.parse(out);
    assert.deepStrictEqual([r.messages.map((m: { ruleId: string }) => m.ruleId), r.output, r.source], [['lead-unit/alias'], FIXED, undefined]);
    // Standard input too, as ESLint's (only --fix has no file to write).
    out = '';
    assert.strictEqual(await lint(['--fix-dry-run', '-f', 'json', '-'], { ...io, stdin: () => Buffer.from(DOC) }, env), 0);
    assert.strictEqual(JSON.parse(out)[0].output, FIXED);
    err = '';
    assert.strictEqual(await lint(['--fix', '--fix-dry-run', 'doc.txt'], io, env), 2);
    assert.match(err, /--fix and --fix-dry-run cannot be used together/);
  });

  it('lint: --quiet keeps errors only; --max-warnings; config severities apply', async () => {
    write('doc.txt', DOC);
    await lint(['-f', 'json', '--quiet', 'doc.txt'], io, env);
    assert.deepStrictEqual(JSON.parse(out)[0].messages.map((m: { severity: number }) => m.severity), [2, 2]);
    write('.gongwenrc.json', JSON.stringify({ rules: { 'doc-number/*': 'off' } }));
    out = '';
    assert.strictEqual(await lint(['-f', 'json', 'doc.txt'], io, env), 0);
    assert.deepStrictEqual(JSON.parse(out)[0].messages.map((m: { ruleId: string }) => m.ruleId), ['lead-unit/alias']);
    assert.strictEqual(await lint(['--max-warnings', '1', 'doc.txt'], io, env), 0);
    assert.strictEqual(await lint(['--max-warnings', '0', 'doc.txt'], io, env), 1);
    assert.match(err, /^gongwen: 警告过多（1 个，上限 0） \/ too many warnings \(1, maximum 0\)\n$/);
    // -1 is ESLint's "no limit", as a separate argument or joined; other negatives are refused.
    err = '';
    assert.strictEqual(await lint(['--max-warnings', '-1', 'doc.txt'], io, env), 0);
    assert.strictEqual(await lint(['doc.txt', '--max-warnings=-1'], io, env), 0);
    assert.strictEqual(err, '');
    assert.strictEqual(await lint(['--max-warnings=-2', 'doc.txt'], io, env), 2);
    assert.match(err, /^gongwen: --max-warnings 需要非负整数，或 -1 表示不限 \/ --max-warnings needs a whole number, or -1 for no limit: -2\n/);
    write('.gongwenrc.json', JSON.stringify({ rules: { 'lead-unit/*': 'error' }, date: '2024-01-01' }));
    out = '';
    assert.strictEqual(await lint(['-f', 'json', 'doc.txt'], io, env), 1);
    assert.strictEqual(JSON.parse(out)[0].messages[4].severity, 2);
  });

  it('lint: --quiet hides warnings but --max-warnings still counts them, as ESLint does', async () => {
    write('doc.txt', DOC);
    write('.gongwenrc.json', JSON.stringify({ rules: { 'doc-number/*': 'off' } }));
    // One warning (lead-unit/alias), no error: hidden by --quiet, yet over a limit of 0.
    assert.strictEqual(await lint(['-f', 'json', '--quiet', 'doc.txt'], io, env), 0);
    assert.deepStrictEqual(JSON.parse(out)[0].messages, []);
    out = '';
    assert.strictEqual(await lint(['--quiet', '--max-warnings', '0', 'doc.txt'], io, env), 1);
    assert.strictEqual(out, '');
    assert.match(err, /^gongwen: 警告过多（1 个，上限 0） \/ too many warnings \(1, maximum 0\)\n$/);
    assert.strictEqual(await lint(['--quiet', '--max-warnings', '1', 'doc.txt'], io, env), 0);
  });

  it('lint: --color and --no-color decide the colours, as ESLint\'s; a report written to a file has none', async () => {
    write('doc.txt', DOC);
    await lint(['--color', 'doc.txt'], io, env);
    assert.match(out, /\u001b\[31merror/);
    out = '';
    await lint(['--no-color', 'doc.txt'], { ...io, color: true }, env);
    assert.ok(out.includes('error') && !out.includes('\u001b['), out);
    await lint(['--color', '-o', 'report.txt', 'doc.txt'], io, env);
    assert.ok(!fs.readFileSync(path.join(tmp, 'report.txt'), 'utf8').includes('\u001b['));
  });

  it('lint: a quoted glob (as ESLint and markdownlint-cli take them) names the files under its folders that match it', async () => {
    fs.mkdirSync(path.join(tmp, '草稿 甲', 'old'), { recursive: true });
    write('草稿 甲/a.gw', DOC);
    write('草稿 甲/old/b.txt', DOC);
    write('草稿 甲/old/c.json', '{}');
    write('.gongwenrc.json', JSON.stringify({ ignore: ['草稿 甲/old/skip.txt'] }));
    write('草稿 甲/old/skip.txt', DOC);
    const files = async (...args: string[]) => {
      out = '';
      err = '';
      const code = await lint(['-f', 'json', ...args], io, env);
      return [code, JSON.parse(out).map((r: { filePath: string }) => path.relative(tmp, r.filePath).split(path.sep).join('/')), err];
    };
    assert.deepStrictEqual(await files('草稿 甲/**/*.txt'), [1, ['草稿 甲/old/b.txt'], '']);
    assert.deepStrictEqual(await files('草稿 甲/*'), [1, ['草稿 甲/a.gw'], '']);
    assert.deepStrictEqual(await files(path.join(tmp, '草稿 甲/**/*.{gw,txt}')), [1, ['草稿 甲/a.gw', '草稿 甲/old/b.txt'], '']);
    // No file matches: an error naming the pattern, as ESLint's "No files matching the pattern".
    const [code, none, said] = await files('草稿 甲/*.docx');
    assert.deepStrictEqual([code, none], [2, []]);
    assert.match(said as string, /no files match the pattern: .*草稿 甲\/\*\.docx\n/);
    // Unless asked, as ESLint's --no-error-on-unmatched-pattern (a file not found is still an error).
    assert.deepStrictEqual(await files('--no-error-on-unmatched-pattern', '草稿 甲/*.docx', '草稿 甲/a.gw'), [1, ['草稿 甲/a.gw'], '']);
    assert.strictEqual((await files('--no-error-on-unmatched-pattern', '草稿 甲/none.gw'))[0], 2);
  });

  it('lint --ignore-pattern skips what it matches in the folders and globs linted, as ESLint\'s, relative to the working folder', async () => {
    fs.mkdirSync(path.join(tmp, 'drafts', 'old'), { recursive: true });
    write('drafts/a.gw', DOC);
    write('drafts/old/b.gw', DOC);
    write('drafts/c.txt', DOC);
    const files = async (...args: string[]) => {
      out = '';
      await lint(['-f', 'json', ...args], io, env);
      return JSON.parse(out).map((r: { filePath: string }) => path.relative(tmp, r.filePath).split(path.sep).join('/'));
    };
    assert.deepStrictEqual(await files('drafts', '--ignore-pattern', 'drafts/old/'), ['drafts/a.gw', 'drafts/c.txt']);
    assert.deepStrictEqual(await files('--ignore-pattern', 'old', '--ignore-pattern', '*.txt', 'drafts'), ['drafts/a.gw']);
    assert.deepStrictEqual(await files('drafts/**/*.gw', '--ignore-pattern', 'drafts/old/**'), ['drafts/a.gw']);
  });

  it('fix takes lint\'s --ignore-pattern and --color', async () => {
    fs.mkdirSync(path.join(tmp, 'drafts', 'old'), { recursive: true });
    const kept = write('drafts/old/b.txt', DOC);
    write('drafts/a.txt', DOC);
    await fix(['--color', '--ignore-pattern', 'old/', 'drafts'], io, env);
    assert.strictEqual(fs.readFileSync(kept, 'utf8'), DOC);
    assert.strictEqual(fs.readFileSync(path.join(tmp, 'drafts/a.txt'), 'utf8'), FIXED);
    assert.match(out, /\u001b\[33mwarning/);
  });

  it('lint: notes (info) are shown only with --info and never count as warnings', async () => {
    write('doc.txt', DOC);
    write('.gongwenrc.json', JSON.stringify({ rules: { 'lead-unit/alias': 'info' } }));
    await lint(['-f', 'json', 'doc.txt'], io, env);
    const [quiet] = JSON.parse(out);
    assert.deepStrictEqual(quiet.messages.map((m: { ruleId: string }) => m.ruleId).includes('lead-unit/alias'), false);
    assert.deepStrictEqual([quiet.errorCount, quiet.warningCount], [2, 2]);
    out = '';
    await lint(['-f', 'json', '--info', 'doc.txt'], io, env);
    const notes = JSON.parse(out)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'lead-unit/alias');
    assert.deepStrictEqual(notes.map((m: { severity: number; line: number }) => [m.severity, m.line]), [[1, 7]]);
    // Shown, a note is counted as one in the summary, not as a warning, nor by --max-warnings.
    out = '';
    await lint(['--info', 'doc.txt'], io, env);
    assert.match(out, /\n✖ 5 problems \(2 errors, 2 warnings, 1 info\) \/ 5 个问题（2 个错误，2 个警告，1 个提示）\n/);
    err = '';
    assert.strictEqual(await lint(['--info', '--max-warnings', '2', 'doc.txt'], io, env), 1, 'the errors still fail it');
    assert.strictEqual(err, '');
  });

  it('fix reports what is left as lint does: notes only with --info, errors only with --quiet', async () => {
    const file = write('doc.txt', DOC);
    write('.gongwenrc.json', JSON.stringify({ rules: { 'lead-unit/alias': 'info' } }));
    assert.strictEqual(await fix(['doc.txt'], io, env), 0);
    assert.strictEqual(out, `${file}: 4 处已修复 / 4 fix(es) applied\n`, 'nothing left but a note: no report');
    write('doc.txt', DOC);
    out = '';
    await fix(['--info', 'doc.txt'], io, env);
    assert.deepStrictEqual(out.split('\n').slice(1), [
      '', file,
      '  7:6  info  应为“市发展改革委”  lead-unit/alias',
      '', '✖ 1 problem (0 errors, 0 warnings, 1 info) / 1 个问题（0 个错误，0 个警告，1 个提示）', '', '',
    ]);
    write('.gongwenrc.json', JSON.stringify({ rules: { 'lead-unit/alias': 'warn' } }));
    write('doc.txt', DOC);
    out = '';
    await fix(['--quiet', 'doc.txt'], io, env);
    assert.strictEqual(out, `${file}: 4 处已修复 / 4 fix(es) applied\n`, 'a warning left: not shown with --quiet');
  });

  it('lint stylish output of a file', async () => {
    const file = write('doc.txt', DOC);
    await lint(['doc.txt'], io, env);
    assert.strictEqual(out, [
      '',
      file,
      '  1:5   error    应为“〔”            doc-number/bracket',
      '  1:10  error    应为“〕”            doc-number/bracket',
      '  1:11  warning  序号不加“0”         doc-number/leading-zero',
      '  1:12  warning  序号不加“0”         doc-number/leading-zero',
      '  7:6   warning  应为“市发展改革委”  lead-unit/alias',
      '',
      '✖ 5 problems (2 errors, 3 warnings) / 5 个问题（2 个错误，3 个警告）',
      '  2 errors and 2 warnings potentially fixable with the `--fix` option. / 可用 --fix 或 gongwen fix 自动修复 4 个',
      '',
      '',
    ].join('\n'));
  });

  it('fix names a file the way lint does (absolute, as eslint\'s stylish), whatever path it was given', async () => {
    fs.mkdirSync(path.join(tmp, 'sub'));
    const file = write('sub/doc.txt', DOC);
    await lint(['sub/doc.txt'], io, env);
    const lintPath = out.split('\n')[1];
    assert.strictEqual(lintPath, file);
    out = '';
    await fix(['--dry-run', './sub/../sub/doc.txt'], io, env);
    assert.ok(out.startsWith(`${file}: 4 处修复 / 4 fix(es) would be applied\n`), out);
    out = '';
    await fix(['sub/doc.txt'], io, env);
    const lines = out.split('\n');
    assert.strictEqual(lines[0], `${lintPath}: 4 处已修复 / 4 fix(es) applied`);
    assert.strictEqual(lines[2], lintPath, 'the remaining findings under the same path');
  });

  it('--stdin-filename: standard input judged with that file\'s configuration and reported under its path', async () => {
    fs.mkdirSync(path.join(tmp, 'sub'));
    // The named file's folder turns a rule off; the run's folder (tmp) has no configuration.
    fs.writeFileSync(path.join(tmp, 'sub', '.gongwenrc.json'), JSON.stringify({ rules: { 'lead-unit/alias': 'off' } }));
    const stdinIo = { ...io, stdin: () => Buffer.from(DOC) };
    assert.strictEqual(await lint(['-f', 'json', '-', '--stdin-filename', 'sub/unsaved.gw'], stdinIo, env), 1);
    const [named] = JSON.parse(out);
    assert.strictEqual(named.filePath, path.join(tmp, 'sub', 'unsaved.gw'), 'absolute, and the file need not exist');
    assert.deepStrictEqual(named.messages.map((m: { ruleId: string }) => m.ruleId), ['doc-number/bracket', 'doc-number/bracket', 'doc-number/leading-zero', 'doc-number/leading-zero']);
    out = '';
    await lint(['-f', 'json', '-'], stdinIo, env);
    const [plain] = JSON.parse(out);
    assert.strictEqual(plain.filePath, '<stdin>');
    assert.ok(plain.messages.some((m: { ruleId: string }) => m.ruleId === 'lead-unit/alias'), 'without it: the run folder\'s configuration');
    // fix: the fixed text on standard output, the remaining findings under the name.
    out = '';
    err = '';
    assert.strictEqual(await fix(['-', '--stdin-filename', 'sub/unsaved.gw'], stdinIo, env), 0);
    assert.strictEqual(out, FIXED);
    assert.strictEqual(err, '', 'nothing left: lead-unit/alias is off there');
    // Only with standard input.
    err = '';
    assert.strictEqual(await lint(['doc.txt', '--stdin-filename', 'x.gw'], io, env), 2);
    assert.match(err, /--stdin-filename names standard input: add -/);
    assert.strictEqual(await fix(['doc.txt', '--stdin-filename', 'x.gw'], io, env), 2);
    assert.ok(!fs.existsSync(path.join(tmp, 'sub', 'unsaved.gw')), 'nothing written under the name');
  });

  it('--stdin, as ESLint\'s (editor integrations pass --stdin --stdin-filename): the same as -', async () => {
    fs.mkdirSync(path.join(tmp, 'sub'));
    const stdinIo = { ...io, stdin: () => Buffer.from(DOC) };
    assert.strictEqual(await lint(['-f', 'json', '--stdin', '--stdin-filename', 'sub/unsaved.gw'], stdinIo, env), 1, err);
    assert.strictEqual(JSON.parse(out)[0].filePath, path.join(tmp, 'sub', 'unsaved.gw'));
    assert.ok(readsStdin(['--stdin', '--stdin-filename', 'x.gw']), 'the daemon asks its client for standard input');
    out = '';
    assert.strictEqual(await fix(['--stdin', '--stdin-filename', 'sub/unsaved.gw'], stdinIo, env), 0, err);
    assert.strictEqual(out, FIXED);
    // After --, it is a file's name.
    assert.strictEqual(await lint(['--', '--stdin'], io, env), 2);
    assert.match(err, /--stdin/);
  });

  it('fix - and fix --stdout keep a UTF-8 file\'s BOM (and its line endings), as ESLint\'s output keeps it', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const stdinIo = { ...io, stdin: () => Buffer.concat([bom, Buffer.from(DOC)]) };
    assert.strictEqual(await fix(['-'], stdinIo, env), 0, err);
    assert.strictEqual(out, '\ufeff' + FIXED);
    out = '';
    write('doc.txt', Buffer.concat([bom, Buffer.from(DOC)]));
    assert.strictEqual(await fix(['--stdout', 'doc.txt'], io, env), 0, err);
    assert.strictEqual(out, '\ufeff' + FIXED);
    out = '';
    write('plain.txt', DOC);
    await fix(['--stdout', 'plain.txt'], io, env);
    assert.strictEqual(out, FIXED);
  });

  it('fix and lint --fix leave a read-only file as it is, say so, exit 2, and still fix the others', async () => {
    const ro = write('ro.txt', DOC);
    const rw = write('rw.txt', DOC);
    fs.chmodSync(ro, 0o444);
    assert.strictEqual(await fix(['ro.txt', 'rw.txt'], io, env), 2);
    assert.strictEqual(fs.readFileSync(ro, 'utf8'), DOC);
    assert.strictEqual((fs.statSync(ro).mode & 0o777), 0o444);
    assert.strictEqual(fs.readFileSync(rw, 'utf8'), FIXED);
    assert.match(err, /只读.*read-only.*ro\.txt/);
    err = '';
    write('rw.txt', DOC);
    assert.strictEqual(await lint(['--fix', 'ro.txt', 'rw.txt'], io, env), 2);
    assert.strictEqual(fs.readFileSync(ro, 'utf8'), DOC);
    assert.strictEqual(fs.readFileSync(rw, 'utf8'), FIXED);
    assert.match(err, /read-only/);
    // --fix-dry-run writes nothing, so a read-only file is no problem.
    err = '';
    assert.strictEqual(await lint(['--fix-dry-run', 'ro.txt'], io, env), 0, err);
  });

  it('Ctrl-C (SIGINT, SIGTERM, SIGHUP) during fix or lint --fix: the file being fixed is written whole, the next ones are left, exit 130', async () => {
    const signals = new EventEmitter();
    // Stands for the user's Ctrl-C arriving while the first file is being fixed.
    const ctrlC: Rule = {
      id: 'structure/ctrl-c', severity: 'warning', fixable: false, scope: 'gazette', docs,
      check(ctx) {
        if (ctx.source.text.includes('中断')) signals.emit('SIGINT');
      },
    };
    const withCtrlC = { ...env, rules: [...RULES, ctrlC], signals };
    const a = write('a.txt', DOC + '中断\r\n');
    const b = write('b.txt', DOC);
    assert.strictEqual(await fix(['a.txt', 'b.txt'], io, withCtrlC), 130);
    assert.strictEqual(fs.readFileSync(a, 'utf8'), FIXED + '中断\r\n');
    assert.strictEqual(fs.readFileSync(b, 'utf8'), DOC);
    assert.match(err, /interrupted \(SIGINT\): the files after the last one written were left as they were/);
    assert.deepStrictEqual(fs.readdirSync(tmp).sort(), ['a.txt', 'b.txt'], 'no temporary file left');
    assert.strictEqual(signals.listenerCount('SIGINT'), 0, 'its listeners removed');
    write('a.txt', DOC + '中断\r\n');
    assert.strictEqual(await lint(['--fix', 'a.txt', 'b.txt'], io, withCtrlC), 130);
    assert.strictEqual(fs.readFileSync(a, 'utf8'), FIXED + '中断\r\n');
    assert.strictEqual(fs.readFileSync(b, 'utf8'), DOC);
    // A signal the process handles itself (the daemon stops on it) is left to it.
    const own = () => undefined;
    signals.on('SIGINT', own);
    write('a.txt', DOC + '中断\r\n');
    assert.strictEqual(await fix(['a.txt', 'b.txt'], io, withCtrlC), 0);
    assert.strictEqual(fs.readFileSync(b, 'utf8'), FIXED);
  });

  it('lint -o into a folder that cannot be made: exit 2 with the reason (under /proc, Node\'s recursive mkdir never returned)', async function () {
    if (process.platform !== 'linux') this.skip();
    write('doc.txt', DOC);
    assert.strictEqual(await lint(['-f', 'sarif', '-o', '/proc/gongwen-none/report.sarif', 'doc.txt'], io, env), 2);
    assert.match(err, /cannot write the report \(ENOENT\)/);
  });

  it('a folder with a .gongwenrc.json per subfolder: each file gets the nearest file\'s settings over those further up, up to "root": true; every ignore applies from its own folder', async () => {
    for (const d of ['a/deep', 'a/old', 'skip', 'a/skip']) fs.mkdirSync(path.join(tmp, d), { recursive: true });
    write('.gongwenrc.json', JSON.stringify({ rules: { 'doc-number/bracket': 'warn' }, ignore: ['skip/**'] }));
    write('a/.gongwenrc.json', JSON.stringify({ rules: { 'lead-unit/alias': 'off' }, ignore: ['old/**'] }));
    write('a/deep/.gongwenrc.json', JSON.stringify({ root: true, rules: { 'doc-number/bracket': 'off' } }));
    for (const f of ['top.txt', 'a/x.txt', 'a/deep/y.txt', 'a/old/o.txt', 'skip/s.txt', 'a/skip/s.txt']) write(f, DOC);
    assert.strictEqual(await lint(['-f', 'json', '.'], io, env), 0, err);
    const seen = Object.fromEntries(JSON.parse(out).map((r: { filePath: string; messages: { ruleId: string; severity: number }[] }) => [
      path.relative(tmp, r.filePath),
      [...new Set(r.messages.map((m) => `${m.ruleId}:${m.severity}`))].sort().join(' '),
    ]));
    assert.deepStrictEqual(seen, {
      'top.txt': 'doc-number/bracket:1 doc-number/leading-zero:1 lead-unit/alias:1',
      // a's alias off over the top's settings, the top's bracket warn still in force.
      'a/x.txt': 'doc-number/bracket:1 doc-number/leading-zero:1',
      'a/skip/s.txt': 'doc-number/bracket:1 doc-number/leading-zero:1',
      // "root": true: nothing from further up (alias on again), its own bracket off.
      'a/deep/y.txt': 'doc-number/leading-zero:1 lead-unit/alias:1',
    });
  });

  it('a file named on the command line that an ignore matches is not linted nor fixed (pre-commit and lint-staged name every changed file), with a line on stderr; --no-ignore lints it', async () => {
    fs.mkdirSync(path.join(tmp, 'old'));
    write('.gongwenrc.json', JSON.stringify({ ignore: ['old/**'] }));
    const old = write('old/a.txt', DOC);
    write('doc.txt', DOC);
    assert.strictEqual(await lint(['-f', 'json', 'old/a.txt'], io, env), 0, err);
    assert.deepStrictEqual(JSON.parse(out), []);
    assert.match(err, /ignored.*: .*old\/a\.txt/);
    out = '';
    err = '';
    assert.strictEqual(await lint(['-f', 'json', '--ignore-pattern', 'doc.txt', 'doc.txt', 'old/a.txt'], io, env), 0, err);
    assert.deepStrictEqual(JSON.parse(out), []);
    out = '';
    assert.strictEqual(await fix(['old/a.txt'], io, env), 0);
    assert.strictEqual(fs.readFileSync(old, 'utf8'), DOC);
    // --no-ignore, as ESLint's: no ignore applies, named or found in a folder.
    out = '';
    err = '';
    assert.strictEqual(await lint(['-f', 'json', '--no-ignore', 'old/a.txt'], io, env), 1);
    assert.strictEqual(err, '');
    out = '';
    await lint(['-f', 'json', '--no-ignore', '--ignore-pattern', 'doc.txt', '.'], io, env);
    assert.deepStrictEqual(JSON.parse(out).map((r: { filePath: string }) => path.relative(tmp, r.filePath)), ['doc.txt', 'old/a.txt']);
    assert.strictEqual(await fix(['--no-ignore', 'old/a.txt'], io, env), 0);
    assert.strictEqual(fs.readFileSync(old, 'utf8'), FIXED);
    // An editor's buffer named after an ignored file (--stdin-filename): not linted; fix - gives its text back.
    const stdinIo = { ...io, stdin: () => Buffer.from(DOC) };
    out = '';
    err = '';
    assert.strictEqual(await lint(['-f', 'json', '--stdin', '--stdin-filename', 'old/b.txt'], stdinIo, env), 0);
    assert.deepStrictEqual(JSON.parse(out), []);
    assert.match(err, /ignored by an ignore glob.*old\/b\.txt/);
    out = '';
    assert.strictEqual(await fix(['-', '--stdin-filename', 'old/b.txt'], stdinIo, env), 0);
    assert.strictEqual(out, DOC);
    out = '';
    assert.strictEqual(await lint(['-f', 'json', '--no-ignore', '-', '--stdin-filename', 'old/b.txt'], stdinIo, env), 1);
    // A quoted glob whose files are all ignored says so (ESLint's "All files matched by … are ignored").
    err = '';
    assert.strictEqual(await lint(['old/*.txt'], io, env), 2);
    assert.match(err, /all files matching the pattern are ignored \(use --no-ignore to check them\): .*old\/\*\.txt/);
    err = '';
    assert.strictEqual(await lint(['none/*.txt', 'old/*.md'], io, env), 2);
    assert.doesNotMatch(err, /are ignored/);
  });

  it('gives the exit codes gongwen --help lists', async () => {
    for (const code of ['0', '1', '2', '130']) assert.match(USAGE, new RegExp(`^  ${code} +\\S`, 'm'));
    const clean = write('clean.txt', FIXED.replace('市发改委', '市发展改革委'));
    write('doc.txt', DOC);
    write('warned.txt', FIXED);
    assert.strictEqual(await lint(['clean.txt'], io, env), 0);
    assert.strictEqual(await lint(['warned.txt'], io, env), 0, 'warnings alone');
    assert.strictEqual(await lint(['--max-warnings', '0', 'warned.txt'], io, env), 1, 'more warnings than --max-warnings');
    assert.strictEqual(await lint(['doc.txt'], io, env), 1, 'errors');
    assert.strictEqual(await fix(['--dry-run', 'doc.txt'], io, env), 0, 'fix: no error left after fixing');
    assert.strictEqual(await lint(['--bogus'], io, env), 2, 'usage');
    assert.strictEqual(await lint(['doc.txt', 'missing.txt'], io, env), 2, 'a file not read wins over errors');
    const crashing: Rule = { ...alias, id: 'lead-unit/crash', check() { throw new Error('boom'); } };
    assert.strictEqual(await lint([clean], io, { ...env, rules: [...RULES, crashing] }), 2, 'a rule that crashed');
    write('.gongwenrc.json', '{"rules": {"lead-unit/alias": "loud"}}');
    assert.strictEqual(await lint(['clean.txt'], io, env), 2, 'a bad configuration');
  });

  it('an internal error on one file (the parser failing, not a rule) is that file\'s problem: named, exit code 2, the other files checked, no text lost', async () => {
    write('doc.txt', DOC);
    write('bad.txt', 'BOOM ' + DOC);
    // A stand-in for the engine's lint that fails as a parser bug would, on one file's text only
    // (150,000 citations in one paragraph once threw RangeError out of the parser).
    const lintText = ((text: string, options: Parameters<typeof realLint>[1]) => {
      if (text.startsWith('BOOM')) throw new RangeError('Maximum call stack size exceeded');
      return realLint(text, options);
    }) as typeof realLint;
    const problem = `gongwen: 检查时内部出错，此文件未检查，请报告此问题 / internal error while checking, the file was not checked; please report it (RangeError: Maximum call stack size exceeded): ${path.join(tmp, 'bad.txt')}\n`;
    assert.strictEqual(await lint(['-f', 'json', 'bad.txt', 'doc.txt'], io, { ...env, lintText }), 2);
    assert.strictEqual(err, problem);
    const reports = JSON.parse(out) as { filePath: string; messages: unknown[] }[];
    assert.deepStrictEqual(reports.map((r) => [path.basename(r.filePath), r.messages.length > 0]), [['doc.txt', true]]);
    // --fix: the file is left as it was.
    out = ''; err = '';
    assert.strictEqual(await lint(['--fix', 'bad.txt'], io, { ...env, lintText }), 2);
    assert.strictEqual(fs.readFileSync(path.join(tmp, 'bad.txt'), 'utf8'), 'BOOM ' + DOC);
    // fix --stdout (an editor's filter): the text comes back unchanged, not as nothing.
    out = ''; err = '';
    assert.strictEqual(await fix(['--stdout', 'bad.txt'], io, { ...env, lintText }), 2);
    assert.strictEqual(out, 'BOOM ' + DOC);
    assert.strictEqual(err, problem);
  });

  it('fix does not write over a file saved while it was being fixed (the save is kept)', async () => {
    const file = write('doc.txt', DOC);
    const saved = DOC.replace('请市发改委', '请市发改委尽快');
    // A rule that saves the file the first time it runs: as an editor would while fix works.
    let once = false;
    const saver: Rule = { ...alias, id: 'lead-unit/saver', check() {
      if (!once) fs.writeFileSync(file, saved);
      once = true;
    } };
    assert.strictEqual(await fix(['doc.txt'], io, { ...env, rules: [...RULES, saver] }), 2);
    assert.match(err, /the file changed while it was being checked; not written: .*doc\.txt/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), saved);
  });

  it('fix through a symbolic link fixes the file it points to, and the link stays a link', async () => {
    const target = write('doc.txt', DOC);
    fs.mkdirSync(path.join(tmp, 'links'));
    const link = path.join(tmp, 'links', 'doc.txt');
    fs.symlinkSync(target, link);
    await fix(['links/doc.txt'], io, env);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(target, 'utf8'), FIXED);
    assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'links')), ['doc.txt'], 'no temporary file left beside the link');
    assert.deepStrictEqual(fs.readdirSync(tmp).sort(), ['doc.txt', 'links'], 'nor beside the file');
  });

  it('fix and lint --fix keep the file\'s mode whatever the umask, and its owner (as root)', async () => {
    const umask = process.umask(0o022);
    try {
      for (const [i, mode] of [0o664, 0o660, 0o600, 0o2775].entries()) {
        const file = write(`doc${i}.txt`, DOC);
        fs.chmodSync(file, mode);
        await (i % 2 ? lint(['--fix', `doc${i}.txt`], io, env) : fix([`doc${i}.txt`], io, env));
        assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED);
        assert.strictEqual((fs.statSync(file).mode & 0o7777).toString(8), mode.toString(8));
      }
    } finally {
      process.umask(umask);
    }
    if (process.getuid?.() !== 0) return; // only root can give a file to another user
    const file = write('theirs.txt', DOC);
    fs.chownSync(file, 65534, 65534);
    await fix(['theirs.txt'], io, env);
    const st = fs.statSync(file);
    assert.deepStrictEqual([fs.readFileSync(file, 'utf8'), st.uid, st.gid], [FIXED, 65534, 65534]);
  });

  it('fix writes a file with hard links in place: every name sees the fix', async () => {
    const file = write('doc.txt', DOC);
    const other = path.join(tmp, 'copy.txt');
    fs.linkSync(file, other);
    await fix(['doc.txt'], io, env);
    assert.strictEqual(fs.readFileSync(other, 'utf8'), FIXED);
    assert.strictEqual(fs.statSync(file).ino, fs.statSync(other).ino);
    assert.deepStrictEqual(fs.readdirSync(tmp).sort(), ['copy.txt', 'doc.txt'], 'no temporary file left');
  });

  it('lint --fix of standard input is refused, as ESLint refuses it: gongwen fix - is the way', async () => {
    write('doc.txt', DOC);
    const stdinIo = { ...io, stdin: () => Buffer.from(DOC) };
    assert.strictEqual(await lint(['--fix', '-'], stdinIo, env), 2);
    assert.match(err, /--fix is not available for standard input: gongwen fix - prints the fixed text/);
    assert.strictEqual(out, '');
    assert.strictEqual(await lint(['--fix', 'doc.txt', '-'], stdinIo, env), 2);
    assert.strictEqual(fs.readFileSync(path.join(tmp, 'doc.txt'), 'utf8'), DOC, 'nothing fixed');
  });

  it('fix of standard input with other files is refused: it has no file to be written back to', async () => {
    const file = write('doc.txt', DOC);
    const stdinIo = { ...io, stdin: () => Buffer.from(DOC) };
    assert.strictEqual(await fix(['-', 'doc.txt'], stdinIo, env), 2);
    assert.match(err, /standard input \(-\) is fixed alone/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), DOC, 'nothing fixed');
    assert.deepStrictEqual(fs.readdirSync(tmp), ['doc.txt'], 'no file named after standard input');
    // --dry-run writes nothing: allowed.
    out = '';
    assert.strictEqual(await fix(['--dry-run', '-', 'doc.txt'], stdinIo, env), 0);
    assert.match(out, /^<stdin>: 4 处修复/m);
  });

  // Directives: a 市发改委 line kept as written, a directive left over, and one with a typo.
  const DIRECTED = DOC.replace('    请市发改委', '<!-- gongwen-disable-next-line lead-unit/alias -- 引用原文 -->\r\n    请市发改委')
    .replace('聊城市人民政府办公室\r\n2024', '<!-- gongwen-disable-next-line date/valid -->\r\n聊城市人民政府办公室\r\n2024');

  it('lint: JSON suppressedMessages lists what directives suppressed, with the description as justification', async () => {
    write('doc.txt', DIRECTED);
    await lint(['-f', 'json', 'doc.txt'], io, env);
    const [r] = JSON.parse(out);
    assert.ok(!r.messages.some((m: { ruleId: string }) => m.ruleId === 'lead-unit/alias'));
    assert.deepStrictEqual(r.suppressedMessages.map((m: { ruleId: string; line: number; suppressions: unknown }) => [m.ruleId, m.line, m.suppressions]),
      [['lead-unit/alias', 8, [{ kind: 'directive', justification: '引用原文' }]]]);
  });

  it('lint: a directive naming no rule is an error, with the nearest rule id', async () => {
    write('doc.txt', DIRECTED.replace('lead-unit/alias', 'lead-unit/aliass'));
    assert.strictEqual(await lint(['-f', 'json', '--quiet', 'doc.txt'], io, env), 1);
    const m = JSON.parse(out)[0].messages.find((x: { ruleId: string }) => x.ruleId === 'directive/unknown-rule');
    assert.deepStrictEqual([m.line, m.severity], [7, 2]);
    assert.match(m.message, /Definition for rule 'lead-unit\/aliass' was not found \(did you mean 'lead-unit\/alias'\?\)/);
    // In SARIF, described as the rules are.
    out = '';
    await lint(['-f', 'sarif', 'doc.txt'], io, env);
    const run = JSON.parse(out).runs[0];
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'directive/unknown-rule');
    assert.match(run.tool.driver.rules[result.ruleIndex].shortDescription.text, /directive names no rule/);
  });

  it('rules: lists the problems of directives (directive/*) with their docs, in Markdown and JSON', async () => {
    assert.strictEqual(await rulesCommand(['--format', 'json'], io), 0);
    const json = JSON.parse(out);
    const ids = json.map((r: { id: string }) => r.id);
    assert.deepStrictEqual(ids, [...ids].sort((a: string, b: string) => a.localeCompare(b)));
    for (const id of ['directive/unknown-rule', 'directive/unused']) {
      const r = json.find((x: { id: string }) => x.id === id);
      assert.ok(r, `${id} listed`);
      assert.deepStrictEqual(Object.keys(r), ['id', 'severity', 'fixable', 'scope', 'description', 'why', 'bad', 'good']);
      assert.match(r.description.zh, /gongwen-/);
      assert.match(r.bad, /gongwen-disable/);
    }
    assert.strictEqual(json.find((x: { id: string }) => x.id === 'directive/unused').fixable, true);
    out = '';
    assert.strictEqual(await rulesCommand([], io), 0);
    assert.match(out, /^\| `directive\/unused` \| error \| ✓ \| .*report-unused-disable-directives/m);
    assert.match(out, /^\| `directive\/unknown-rule` \| error \| {2}\| /m);
  });

  it('lint --report-unused-disable-directives(-severity), or the configuration key: an unused directive is reported, and --fix removes it', async () => {
    const file = write('doc.txt', DIRECTED);
    const unused = () => JSON.parse(out)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'directive/unused').map((m: { line: number; severity: number }) => [m.line, m.severity]);
    await lint(['-f', 'json', 'doc.txt'], io, env);
    assert.deepStrictEqual(unused(), []);
    out = '';
    await lint(['-f', 'json', '--report-unused-disable-directives', 'doc.txt'], io, env);
    assert.deepStrictEqual(unused(), [[10, 2]]);
    assert.strictEqual(JSON.parse(out)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'directive/unused').fix.text, '');
    write('.gongwenrc.json', JSON.stringify({ reportUnusedDisableDirectives: 'warn' }));
    out = '';
    await lint(['-f', 'json', 'doc.txt'], io, env);
    assert.deepStrictEqual(unused(), [[10, 1]]);
    // The command line wins over the configuration.
    out = '';
    await lint(['-f', 'json', '--report-unused-disable-directives-severity', 'off', 'doc.txt'], io, env);
    assert.deepStrictEqual(unused(), []);
    out = '';
    await lint(['-f', 'json', '--report-unused-disable-directives-severity=2', 'doc.txt'], io, env);
    assert.deepStrictEqual(unused(), [[10, 2]]);
    assert.strictEqual(await lint(['--report-unused-disable-directives-severity', 'loud', 'doc.txt'], io, env), 2);
    out = '';
    await lint(['--fix', '-f', 'json', 'doc.txt'], io, env);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED.replace('    请市发改委', '<!-- gongwen-disable-next-line lead-unit/alias -- 引用原文 -->\r\n    请市发改委'));
    assert.deepStrictEqual(JSON.parse(out)[0].messages, []);
  });

  it('lint --fix and gongwen fix remove an unused gongwen-disable with its gongwen-enable, and keep a used pair', async () => {
    const block = (rule: string) => DOC.replace('    请市发改委', `gongwen-disable ${rule}\r\n    请市发改委`).replace('\r\n\r\n聊城市人民政府办公室\r\n2024', `\r\ngongwen-enable ${rule}\r\n\r\n聊城市人民政府办公室\r\n2024`);
    const file = write('doc.txt', block('date/valid'));
    assert.strictEqual(await lint(['--fix', '--report-unused-disable-directives', 'doc.txt'], io, env), 0, out + err);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED);
    write('.gongwenrc.json', JSON.stringify({ reportUnusedDisableDirectives: 'warn' }));
    write('doc.txt', block('date/valid'));
    assert.strictEqual(await fix(['doc.txt'], io, env), 0, out + err);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), FIXED);
    write('doc.txt', block('lead-unit/alias'));
    await fix(['doc.txt'], io, env);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), block('lead-unit/alias').replace('[2024]005号', '〔2024〕5号'));
  });

  it('lint -f sarif in a subfolder of a git repository: URIs relative to the repository root, which %SRCROOT% names', async () => {
    fs.mkdirSync(path.join(tmp, '.git'));
    fs.mkdirSync(path.join(tmp, 'docs/sub'), { recursive: true });
    write('docs/sub/doc.txt', DOC);
    const sub = path.join(tmp, 'docs');
    await lint(['-f', 'sarif', 'sub'], { ...io, cwd: sub }, env);
    const run = JSON.parse(out).runs[0];
    assert.deepStrictEqual(run.results[0].locations[0].physicalLocation.artifactLocation, { uri: 'docs/sub/doc.txt', uriBaseId: '%SRCROOT%' });
    assert.strictEqual(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${tmp}/`);
    // A worktree's or submodule's .git is a file; outside a repository, the working folder is the root.
    fs.rmdirSync(path.join(tmp, '.git'));
    write('docs/.git', 'gitdir: ../elsewhere\n');
    out = '';
    await lint(['-f', 'sarif', 'sub'], { ...io, cwd: sub }, env);
    assert.strictEqual(JSON.parse(out).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'sub/doc.txt');
  });
});
