// Every snippet expanded as VS Code would with nothing typed (placeholders keep their default text,
// choices their first option, date variables today's date) must lint clean with the engine.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, loadModel, type Model } from '../../engine/src';

const FILE = path.resolve(__dirname, '../../snippets/gongwen.code-snippets');

interface Snippet { scope: string; prefix: string[]; description: string; body: string[] }

/** Snippet variables as VS Code resolves them (CURRENT_MONTH and CURRENT_DATE are zero-padded). */
function variables(now: Date): Record<string, string> {
  const p = (n: number) => String(n).padStart(2, '0');
  return { CURRENT_YEAR: String(now.getFullYear()), CURRENT_MONTH: p(now.getMonth() + 1), CURRENT_DATE: p(now.getDate()) };
}

/** A small TextMate-snippet expander: $N, ${N}, ${N:default}, ${N|a,b|}, $VAR, ${VAR}, ${VAR/re/fmt/flags}. */
export function expand(body: string, vars: Record<string, string>, pick: { choice?: Record<string, number>; values?: Record<string, string> } = {}): string {
  const values = new Map<string, string>(Object.entries(pick.values ?? {}));
  let i = 0;
  const parse = (stopAtBrace: boolean): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length) {
        out += body[i + 1];
        i += 2;
        continue;
      }
      if (stopAtBrace && c === '}') return out;
      if (c !== '$') {
        out += c;
        i++;
        continue;
      }
      i++;
      const simple = /^(\d+|[A-Z_]+)/.exec(body.slice(i));
      if (simple) {
        i += simple[0].length;
        out += /^\d+$/.test(simple[0]) ? (values.get(simple[0]) ?? '') : resolveVar(simple[0], vars);
        continue;
      }
      if (body[i] !== '{') {
        out += '$';
        continue;
      }
      i++;
      const name = /^(\d+|[A-Z_]+)/.exec(body.slice(i))![0];
      i += name.length;
      let value = '';
      if (body[i] === ':') {
        i++;
        value = parse(true);
      } else if (body[i] === '|') {
        const end = body.indexOf('|}', i + 1);
        value = body.slice(i + 1, end).split(',')[pick.choice?.[name] ?? 0];
        i = end + 1;
      } else if (body[i] === '/') {
        const m = /^\/((?:\\.|[^/])*)\/((?:\\.|[^/])*)\/([a-z]*)/.exec(body.slice(i))!;
        i += m[0].length;
        value = resolveVar(name, vars).replace(new RegExp(m[1], m[3]), m[2]);
      } else {
        value = /^\d+$/.test(name) ? (values.get(name) ?? '') : resolveVar(name, vars);
      }
      assert.strictEqual(body[i], '}', `unclosed placeholder at ${i}`);
      i++;
      if (/^\d+$/.test(name) && !values.has(name)) values.set(name, value);
      out += /^\d+$/.test(name) ? values.get(name)! : value;
    }
    return out;
  };
  return parse(false);
}

function resolveVar(name: string, vars: Record<string, string>): string {
  assert.ok(name in vars, `unknown snippet variable ${name}`);
  return vars[name];
}

const snippets = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, Snippet>;
const today = new Date();
const vars = variables(today);
const text = (key: string) => expand(snippets[key].body.join('\n'), vars) + '\n';
const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

describe('snippets', () => {
  let model: Model;
  before(() => {
    model = loadModel();
  });
  const clean = (t: string) => {
    const r = lint(t, { model, today: iso });
    assert.deepStrictEqual(r.failures, []);
    assert.deepStrictEqual(r.diagnostics.map((d) => `${d.ruleId} ${JSON.stringify(t.slice(d.start, d.end))}: ${d.message}`), [], t);
  };

  it('covers every document type of the issue, for the gongwen language', () => {
    const keys = Object.keys(snippets);
    for (const k of ['通知', '印发通知', '意见', '实施意见', '实施方案', '办法', '政府令', '任免通知', '函', '请示', '报告', '批复', '通报', '决定', '通告', '会议纪要', '牵头单位', '分工', '引用公文', '附件说明', '署名和成文日期']) {
      assert.ok(keys.some((x) => x.startsWith(k)), k);
    }
    for (const s of Object.values(snippets)) assert.strictEqual(s.scope, 'gongwen');
  });

  it('offers the issuing codes as a choice and writes today\'s date without leading zeros', () => {
    assert.match(snippets['通知 notice'].body.join('\n'), /\$\{2\|聊政发,聊政办发\|\}/);
    const d = expand('${CURRENT_YEAR}年${CURRENT_MONTH/^0//}月${CURRENT_DATE/^0//}日', { CURRENT_YEAR: '2025', CURRENT_MONTH: '03', CURRENT_DATE: '07' });
    assert.strictEqual(d, '2025年3月7日');
    assert.strictEqual(expand('${CURRENT_MONTH/^0//}月${CURRENT_DATE/^0//}日', { CURRENT_MONTH: '10', CURRENT_DATE: '30' }), '10月30日');
    assert.ok(text('通知 notice').includes(`${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`));
  });

  for (const key of Object.keys(snippets).filter((k) => !/^(牵头单位|分工|引用公文|附件说明|署名和成文日期)/.test(k))) {
    it(`${key}: expanded as-is lints clean`, () => clean(text(key)));
  }

  it('the 主送 line\'s colon is outside its placeholder: the names typed over it leave the colon', () => {
    for (const [key, sn] of Object.entries(snippets)) {
      for (const m of sn.body.join('\n').matchAll(/\$\{\d+:([^{}]*)\}/g)) assert.ok(!/[：:]$/.test(m[1]), `${key}: ${m[0]}`);
    }
    const t = expand(snippets['通知 notice'].body.join('\n'), vars, { values: { 5: '市政府各部门' } });
    assert.ok(t.includes('\n市政府各部门：\n'), t);
    clean(t + '\n');
  });

  // A choice the drafter may pick must lint clean too: with a 文件 版头 only the 发 series fits, with
  // the bare issuer only the 字 series (doc-number/series); the issuer field is set to the code's organ.
  const ISSUER: Record<string, string> = { 聊政发: '聊城市人民政府', 聊政字: '聊城市人民政府', 聊政办发: '聊城市人民政府办公室', 聊政办字: '聊城市人民政府办公室' };
  for (const key of Object.keys(snippets).filter((k) => !/^(牵头单位|分工|引用公文|附件说明|署名和成文日期)/.test(k))) {
    const body = snippets[key].body.join('\n');
    for (const [, n, options] of body.matchAll(/\$\{(\d+)\|([^|]*)\|\}/g)) {
      options.split(',').forEach((option, k) => {
        if (k === 0) return;
        it(`${key}: choice ${n} = ${option} lints clean`, () => {
          const issuer = ISSUER[option];
          clean(expand(body, vars, { choice: { [n]: k }, ...(issuer && /^\$\{1:/.test(body) ? { values: { 1: issuer } } : {}) }) + '\n');
        });
      });
    }
  }

  it('the check can fail: slips typed into an expanded snippet are reported', () => {
    const t = text('通知 notice').replace(/〔(\d{4})〕1号/, '[$1]01号').replace('（一）加强', '（一）、加强');
    const ids = lint(t, { model, today: iso }).diagnostics.map((d) => d.ruleId);
    assert.ok(ids.includes('doc-number/bracket'), ids.join());
    assert.ok(ids.includes('doc-number/sequence'), ids.join());
  });

  it('the check can fail in the 通报 and the 通告: a count the list does not hold, the closing of another kind', () => {
    const ids = (t: string) => lint(t, { model, today: iso }).diagnostics.map((d) => `${d.ruleId} ${t.slice(d.start, d.end)}`);
    // The count written in the body and under the heading, and the list of two names under it.
    assert.deepStrictEqual(ids(text('通报 circular').replace('等2名先进个人', '等3名先进个人')), ['structure/list-count 3名']);
    assert.deepStrictEqual(ids(text('通告 public notice').replace('特此通告。', '特此通知。')), ['structure/closing-doctype 特此通知']);
  });

  // The small snippets, inserted where a drafter would put them in the expanded 通知.
  it('牵头单位括注 at the end of a task item lints clean', () => {
    const host = text('通知 notice').replace('明确责任分工。', '明确责任分工。' + text('牵头单位括注 lead-unit block').trim());
    assert.ok(host.includes('（牵头单位：市发展改革委；'));
    clean(host);
  });

  it('分工（另起行） on the lines under a task lints clean, and is read as that task\'s block', () => {
    const roles = text('分工（另起行） roles on lines of their own').trim();
    const host = text('实施方案 implementation plan').replace(/（牵头单位：[^\n]*）\n/, `\n${roles}\n`);
    assert.ok(host.includes('定期调度工作进展。\n牵头单位：市发展改革委\n配合单位：市财政局\n'), host);
    clean(host);
    // Read as a block: a unit it names is judged (a slip typed over the placeholder is reported).
    const slip = host.replace('配合单位：市财政局', '配合单位：市财改局');
    assert.ok(lint(slip, { model, today: iso }).diagnostics.some((d) => d.ruleId === 'lead-unit/unit-typo'));
  });

  it('引用公文 in the body lints clean', () => {
    const host = text('通知 notice').replace('为做好有关工作，经研究，', `根据${text('引用公文 citation').trim()}精神，`);
    assert.ok(host.includes('》（聊政字〔2024〕10号）'));
    clean(host);
  });

  it('附件说明 below the body lints clean', () => {
    const t = text('通知 notice');
    const sig = t.lastIndexOf('聊城市人民政府\n');
    clean(t.slice(0, sig) + text('附件说明 attachment note') + '\n' + t.slice(sig));
  });

  it('署名和成文日期 closing a notice lints clean', () => {
    const t = text('通知 notice');
    const sig = t.lastIndexOf('聊城市人民政府\n');
    const end = t.indexOf('\n', t.indexOf('日', sig));
    clean(t.slice(0, sig) + text('署名和成文日期 signature and date').trim() + t.slice(end));
  });
});
