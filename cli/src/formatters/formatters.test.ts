import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import AjvDraft04 from 'ajv-draft-04';
import { emptyModel, lint, SourceText, type Diagnostic, type Rule } from '../../../engine/src';
import { countsOf, isReport, totalCounts, type FileResult, type FormatContext } from './common';
import { formatCompact } from './compact';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { displayWidth, formatStylish, MESSAGE_PAD_LIMIT, wrap } from './stylish';

// A toy rule: ASCII brackets in a 发文字号 line. Fixable; reports the ']' as a warning.
const bracketRule: Rule = {
  id: 'doc-number/bracket', severity: 'error', fixable: true, scope: 'document',
  docs: { description: { zh: '发文字号年份用六角括号', en: 'Year in a document number goes in 〔〕' }, why: 'GB/T 9704 7.2.5', bad: '[2024]', good: '〔2024〕' },
  check(ctx) {
    const t = ctx.source.text;
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '[') ctx.report({ start: i, end: i + 1, message: '年份应使用六角括号“〔”', fix: { range: [i, i + 1], text: '〔' } });
      if (t[i] === ']') ctx.report({ start: i, end: i + 1, message: '年份应使用六角括号“〕”', severity: 'warning', fix: { range: [i, i + 1], text: '〕' } });
    }
  },
};
// Not fixable: its fix is offered as a suggestion only.
const unitRule: Rule = {
  id: 'lead-unit/alias', severity: 'info', fixable: false, scope: 'document',
  docs: { description: { zh: '单位用规范简称', en: 'Use the standard unit name' }, why: 'corpus', bad: '市发改委', good: '市发展改革委' },
  check(ctx) {
    const i = ctx.source.text.indexOf('市发改委');
    if (i >= 0) ctx.report({ start: i, end: i + 4, message: '应为“市发展改革委”', fix: { range: [i, i + 4], text: '市发展改革委' } });
  },
};
const RULES = [bracketRule, unitRule];

const TEXT = '聊政办发[2024]21号\r\n\r\n聊城市人民政府办公室\r\n关于𠀀事项的通知\r\n\r\n（牵头单位：市发改委）\r\n';

function results(): FileResult[] {
  const r = lint(TEXT, { model: emptyModel(), only: RULES, today: '2026-11-22' });
  assert.deepStrictEqual(r.failures, []);
  return [
    { filePath: '/work/docs/a.txt', source: r.source, diagnostics: r.diagnostics },
    { filePath: '/work/docs/empty.txt', source: new SourceText(''), diagnostics: [] },
  ];
}
const ctx: FormatContext = { cwd: '/work', rules: RULES, color: false };

describe('totalCounts: the one count of a run (summaries, exit codes, --max-warnings)', () => {
  it('sums countsOf over the files: notes apart from warnings, fixable ones by gongwen fix\'s rules', () => {
    const [a, empty] = results();
    // a: an error and a warning (both fixable), a note with a fix its rule does not apply.
    assert.deepStrictEqual(totalCounts([a, empty, a], RULES), {
      errorCount: 2, warningCount: 2, infoCount: 2, fixableErrorCount: 2, fixableWarningCount: 2, fixableInfoCount: 0,
    });
    assert.deepStrictEqual(totalCounts([a], RULES), countsOf(a.diagnostics, RULES));
    assert.deepStrictEqual(totalCounts([], RULES), countsOf([], RULES));
  });
});

describe('json formatter (ESLint shape)', () => {
  it('gives ESLint keys in ESLint order (the text as `source` for a file with problems), 1-based UTF-16 positions, fixes as offsets', () => {
    const out = formatJson(results(), ctx);
    const expected = [
      {
        filePath: '/work/docs/a.txt',
        messages: [
          { ruleId: 'doc-number/bracket', severity: 2, message: '年份应使用六角括号“〔”', line: 1, column: 5, endLine: 1, endColumn: 6, fix: { range: [4, 5], text: '〔' } },
          { ruleId: 'doc-number/bracket', severity: 1, message: '年份应使用六角括号“〕”', line: 1, column: 10, endLine: 1, endColumn: 11, fix: { range: [9, 10], text: '〕' } },
          {
            ruleId: 'lead-unit/alias', severity: 1, message: '应为“市发展改革委”', line: 6, column: 7, endLine: 6, endColumn: 11,
            suggestions: [{ desc: '应为“市发展改革委”', fix: { range: [48, 52], text: '市发展改革委' } }],
          },
        ],
        suppressedMessages: [], errorCount: 1, fatalErrorCount: 0, warningCount: 2, fixableErrorCount: 1, fixableWarningCount: 1,
        source: TEXT, usedDeprecatedRules: [],
      },
      {
        filePath: '/work/docs/empty.txt', messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0,
        fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [],
      },
    ];
    // ESLint has no info: the note is a severity-1 message and counts in warningCount.
    // Compare the serialised text: key order matters to some consumers.
    assert.deepStrictEqual(JSON.parse(out), expected);
    assert.strictEqual(out, JSON.stringify(expected));
    assert.strictEqual(TEXT.slice(48, 52), '市发改委');
  });

  it('gives the text --fix made as `output` instead of `source`, as ESLint does, problems left or not', () => {
    const [a, empty] = results();
    const out = JSON.parse(formatJson([{ ...a, fixed: true }, { ...empty, fixed: true }], ctx));
    assert.deepStrictEqual(out.map((r: object) => Object.keys(r).slice(-2)), [['output', 'usedDeprecatedRules'], ['output', 'usedDeprecatedRules']]);
    assert.deepStrictEqual(out.map((r: { output: string }) => r.output), [TEXT, '']);
  });

  it('counts columns in UTF-16 code units (a supplementary character takes two)', () => {
    const text = '𠀀[x';
    const source = new SourceText(text);
    const d: Diagnostic = { ruleId: 'doc-number/bracket', severity: 'error', message: 'm', start: 2, end: 3 };
    const [r] = JSON.parse(formatJson([{ filePath: '/f', source, diagnostics: [d] }], ctx));
    assert.deepStrictEqual([r.messages[0].column, r.messages[0].endColumn], [3, 4]);
  });
});

describe('stylish formatter', () => {
  it('prints a header per file with problems, aligned rows and ESLint-style summary lines', () => {
    const out = formatStylish(results(), ctx);
    const lines = out.split('\n');
    assert.deepStrictEqual(lines, [
      '',
      '/work/docs/a.txt',
      '  1:5   error    年份应使用六角括号“〔”  doc-number/bracket',
      '  1:10  warning  年份应使用六角括号“〕”  doc-number/bracket',
      '  6:7   info     应为“市发展改革委”      lead-unit/alias',
      '',
      '✖ 3 problems (1 error, 1 warning, 1 info) / 3 个问题（1 个错误，1 个警告，1 个提示）',
      '  1 error and 1 warning potentially fixable with the `--fix` option. / 可用 --fix 或 gongwen fix 自动修复 2 个',
      '',
      '',
    ]);
  });

  it('counts notes apart, fixable ones too, and names them only when there are some', () => {
    const [a] = results();
    const info = (d: Diagnostic): Diagnostic => ({ ...d, severity: 'info' });
    const notes = formatStylish([{ ...a, diagnostics: a.diagnostics.map(info) }], ctx).split('\n');
    assert.deepStrictEqual(notes.slice(-4), [
      '✖ 3 problems (0 errors, 0 warnings, 3 infos) / 3 个问题（0 个错误，0 个警告，3 个提示）',
      '  0 errors, 0 warnings and 2 infos potentially fixable with the `--fix` option. / 可用 --fix 或 gongwen fix 自动修复 2 个',
      '', '',
    ]);
    const none = formatStylish([{ ...a, diagnostics: a.diagnostics.filter((d) => d.severity !== 'info') }], ctx).split('\n');
    assert.strictEqual(none[none.length - 4], '✖ 2 problems (1 error, 1 warning) / 2 个问题（1 个错误，1 个警告）');
  });

  it('prints nothing when there are no problems', () => {
    assert.strictEqual(formatStylish([results()[1]], ctx), '');
  });

  it('colours only when asked', () => {
    assert.ok(!formatStylish(results(), ctx).includes('\u001b['));
    assert.ok(formatStylish(results(), { ...ctx, color: true }).includes('\u001b[31m'));
  });

  it('measures Chinese as two columns', () => {
    assert.strictEqual(displayWidth('年份ab“'), 7);
    // Small form and vertical punctuation (in extracted gazettes) and emoji are wide too; a
    // combining mark and a zero-width space take nothing.
    assert.strictEqual(displayWidth('﹐︐✅'), 6);
    assert.strictEqual(displayWidth('e\u0301\u200b'), 1);
  });

  it('pads a message only up to MESSAGE_PAD_LIMIT columns: a longer one is followed by its rule id, unpadded', () => {
    const [a] = results();
    const long = '发文字号年份应使用六角括号〔〕，不用“[]”（GB/T 9704—2012 第7.2.5条）：应为“聊政办发〔2024〕5号”。';
    assert.ok(displayWidth(long) > MESSAGE_PAD_LIMIT);
    const lines = formatStylish([{ ...a, diagnostics: [...a.diagnostics, { ...a.diagnostics[0], message: long }] }], ctx).split('\n');
    assert.deepStrictEqual(lines.slice(2, 6), [
      '  1:5   error    年份应使用六角括号“〔”  doc-number/bracket',
      '  1:10  warning  年份应使用六角括号“〕”  doc-number/bracket',
      '  6:7   info     应为“市发展改革委”      lead-unit/alias',
      `  1:5   error    ${long}  doc-number/bracket`,
    ]);
  });
});

describe('stylish formatter on a terminal (ctx.columns)', () => {
  const long = '发文字号年份应使用六角括号〔〕，不用“[]”（GB/T 9704—2012 第7.2.5条）：应为“聊政办发〔2024〕5号”。';
  const withLong = () => {
    const [a] = results();
    return [{ ...a, diagnostics: [...a.diagnostics, { ...a.diagnostics[0], message: long }] }];
  };

  it('wraps a message to the terminal width: the rule id on its first line, the rest under the message column', () => {
    const lines = formatStylish(withLong(), { ...ctx, columns: 60 }).split('\n');
    for (const l of lines) assert.ok(displayWidth(l) <= 60, `${displayWidth(l)} columns: ${l}`);
    const at = lines.findIndex((l) => l.startsWith('  1:5   error    发文字号'));
    assert.ok(at > 0, lines.join('\n'));
    assert.match(lines[at], /  doc-number\/bracket$/);
    const indent = '  1:5   error    '.length;
    const rest = lines.slice(at + 1).filter((l) => /^ {17}\S/.test(l));
    assert.ok(rest.length >= 1);
    // Nothing lost or added: the pieces put together are the message.
    const first = lines[at].slice(indent).replace(/\s+doc-number\/bracket$/, '');
    const squeeze = (t: string) => t.replace(/\s/g, '');
    assert.strictEqual(squeeze(first + rest.map((l) => l.slice(indent)).join('')), squeeze(long));
    // No piece starts with a closing mark (，。：）”).
    for (const l of rest) assert.doesNotMatch(l.slice(indent), /^[，。：）”、；]/);
  });

  it('wrap: no piece starts with a closing mark or ends with an opening one, and later pieces may be wider', () => {
    assert.deepStrictEqual(wrap('不在前面补“0”）（GB/T 9704—2012 第7.2.5条）：应为', 41),
      ['不在前面补“0”）（GB/T 9704—2012 第7.2.5', '条）：应为']);
    assert.deepStrictEqual(wrap('年份应使用六角括号，不用“[]”', 20), ['年份应使用六角括号，', '不用“[]”']);
    assert.deepStrictEqual(wrap('应使用《党政机关公文处理工作条例》', 8), ['应使用', '《党政机', '关公文处', '理工作条', '例》']);
    assert.deepStrictEqual(wrap('一二三四五六七八九十', 6, 14), ['一二三', '四五六七八九十']);
  });

  it('pads short messages to the widest that fits, so rule ids line up', () => {
    const [a] = withLong();
    // One message too long for a line, one of a character: their rule ids still line up.
    const short = { ...a, diagnostics: [a.diagnostics[a.diagnostics.length - 1], { ...a.diagnostics[0], message: '短' }] };
    const lines = formatStylish([short], { ...ctx, columns: 60 }).split('\n').filter((l) => /^ +\d+:\d+/.test(l));
    const ends = lines.map((l) => displayWidth(l.replace(/\S+$/, '')));
    assert.strictEqual(new Set(ends).size, 1, lines.join('\n'));
  });

  it('is one line per problem, as before, when not on a terminal (no columns): for problem matchers and logs', () => {
    const lines = formatStylish(withLong(), ctx).split('\n');
    assert.ok(lines.includes(`  1:5   error    ${long}  doc-number/bracket`));
  });

  it('still writes a message on a terminal too narrow for it, in pieces of at least 20 columns', () => {
    const lines = formatStylish(withLong(), { ...ctx, columns: 20 }).split('\n');
    assert.ok(lines.some((l) => l.includes('doc-number/bracket')));
    assert.ok(lines.join('').replace(/\s+/g, '').includes('应为“聊政办发〔2024〕5号”。'));
  });
});

describe('sarif formatter', () => {
  const schemaFile = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));

  it('is valid against the SARIF 2.1.0 JSON schema', () => {
    const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const compiled = ajv.compile(schema);
    const validate = (x: unknown): boolean => compiled(x);
    const log = JSON.parse(formatSarif(results(), ctx));
    assert.ok(validate(log), JSON.stringify(compiled.errors, null, 2));
    // The schema must be able to fail: a result without a message is invalid.
    const broken = structuredClone(log);
    delete broken.runs[0].results[0].message;
    assert.ok(!validate(broken));
  });

  it('has what GitHub code scanning requires', () => {
    const log = JSON.parse(formatSarif(results(), ctx));
    assert.strictEqual(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    const run = log.runs[0];
    assert.strictEqual(run.tool.driver.name, 'gongwen');
    assert.match(run.tool.driver.semanticVersion, /^\d+\.\d+\.\d+/);
    // The run's rules, then the problems of directives, which any run can meet (with their docs).
    assert.deepStrictEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), ['doc-number/bracket', 'lead-unit/alias', 'directive/unknown-rule', 'directive/unused']);
    assert.match(run.tool.driver.rules[3].help.text, /✗ gongwen-disable-next-line/);
    const rule0 = run.tool.driver.rules[0];
    assert.strictEqual(rule0.shortDescription.text, '发文字号年份用六角括号 / Year in a document number goes in 〔〕');
    assert.strictEqual(rule0.defaultConfiguration.level, 'error');
    assert.strictEqual(run.tool.driver.rules[1].defaultConfiguration.level, 'note');
    assert.strictEqual(run.results.length, 3);
    const [first, second, third] = run.results;
    assert.deepStrictEqual(first.locations, [{
      physicalLocation: {
        artifactLocation: { uri: 'docs/a.txt', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 6 },
      },
    }]);
    assert.deepStrictEqual([first.ruleId, first.ruleIndex, first.level, first.message.text], ['doc-number/bracket', 0, 'error', '年份应使用六角括号“〔”']);
    assert.deepStrictEqual([second.level, third.level, third.ruleIndex], ['warning', 'note', 1]);
    assert.deepStrictEqual(first.fixes[0].artifactChanges[0].replacements, [{
      deletedRegion: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 6 }, insertedContent: { text: '〔' },
    }]);
    assert.strictEqual(third.fixes, undefined); // not a fixable rule
    for (const r of run.results) assert.match(r.partialFingerprints['gongwenFindingHash/v1'], /^[0-9a-f]{32}:1$/);
    assert.notStrictEqual(first.partialFingerprints['gongwenFindingHash/v1'], second.partialFingerprints['gongwenFindingHash/v1']);
  });

  it('records the files that could not be read or checked as notifications of a failed execution, and stays valid', () => {
    const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const compiled = ajv.compile(schema);
    const line = 'gongwen: 找不到文件 / file not found: /work/docs/草稿 2.txt';
    const log = JSON.parse(formatSarif(results(), { ...ctx, problems: [line] }));
    const validate = (x: unknown): boolean => compiled(x);
    assert.ok(validate(log), JSON.stringify(compiled.errors, null, 2));
    assert.deepStrictEqual(log.runs[0].invocations, [{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: line } }] }]);
    assert.deepStrictEqual(JSON.parse(formatSarif(results(), ctx)).runs[0].invocations, [{ executionSuccessful: true }]);
  });

  it('uses absolute file URIs outside the working folder, percent-encoded', () => {
    const log = JSON.parse(formatSarif([{ ...results()[0], filePath: '/elsewhere/公文 1.txt' }], ctx));
    assert.deepStrictEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation,
      { uri: 'file:///elsewhere/%E5%85%AC%E6%96%87%201.txt' });
  });
});

describe('compact formatter (ESLint shape)', () => {
  // VS Code's built-in $eslint-compact problem matcher (extensions/typescript-language-features… eslint-compact).
  const MATCHER = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;

  it('one line per problem that VS Code\'s $eslint-compact problem matcher reads, then the count', () => {
    const out = formatCompact(results(), ctx);
    const lines = out.split('\n');
    assert.deepStrictEqual(lines.slice(-2), ['', '3 problems']);
    assert.deepStrictEqual(lines.slice(0, 3).map((l) => MATCHER.exec(l)!.slice(1)), [
      ['/work/docs/a.txt', '1', '5', 'Error', '年份应使用六角括号“〔”', 'doc-number/bracket'],
      ['/work/docs/a.txt', '1', '10', 'Warning', '年份应使用六角括号“〕”', 'doc-number/bracket'],
      // After an astral character: UTF-16 columns, as ESLint's and the editor's.
      ['/work/docs/a.txt', '6', '7', 'Info', '应为“市发展改革委”', 'lead-unit/alias'],
    ]);
    assert.strictEqual(formatCompact([results()[1]], ctx), '');
  });

  it('a message with a line break stays on its line', () => {
    const [a] = results();
    const broken = { ...a, diagnostics: [{ ...a.diagnostics[0], message: '第一行\n第二行' }] };
    assert.match(formatCompact([broken], ctx).split('\n')[0], MATCHER);
  });
});

describe('isReport (what lint -o may replace in a linted folder)', () => {
  it('knows every format\'s report, with findings or none, and nothing else', () => {
    const none = [results()[1]];
    for (const format of [formatStylish, formatCompact, formatJson, formatSarif]) {
      assert.ok(isReport(format(results(), ctx)), format.name);
      assert.ok(isReport(format(none, ctx)), `${format.name}, nothing found`);
    }
    const samples = path.resolve(__dirname, '../../../samples');
    for (const name of fs.readdirSync(samples)) assert.ok(!isReport(fs.readFileSync(path.join(samples, name), 'utf8')), name);
    for (const text of [TEXT, '{"rules":{}}', '{"name":"drafts"}', 'null', '[1]', '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"other"}}}]}', '\n✖ 1 problem']) {
      assert.ok(!isReport(text), text);
    }
  });
});
