// The rendered pages measured in a real browser: the GB/T 9704 grid and type area hold, page numbers
// alternate, hostile text stays text, and screenshots are kept in test-artifacts/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { renderHtml, renderIssueHtml } from '../../engine/src/render';
import { chromiumPath, NO_CHROMIUM, launch, openHtml, artifact, PX_PER_MM } from './helpers';

const FIX = path.resolve(__dirname, '../export/fixtures');
const read = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');

// A body of pure CJK text (no punctuation) so every full line must hold exactly 28 characters.
const CJK = '文化遗产保护传承工作机制健全管理制度完善监督检查体系建设';
const longDraft = () => {
  const paras = Array.from({ length: 12 }, (_, i) => CJK.repeat(3).slice(i % 5, 140 + (i % 5)) + '。');
  return `关于加强文化遗产保护工作的通知\n\n各县（市、区）人民政府：\n\n${paras.join('\n\n')}\n\n聊城市人民政府\n2024年7月3日\n`;
};

interface Box { left: number; right: number; top: number; bottom: number; width: number; height: number }

/** Rectangles of every character of an element's text, in mm relative to its page. */
async function charBoxes(page: Page, selector: string, index = 0): Promise<{ chars: Box[]; text: string }> {
  return page.evaluate(([sel, ix, pxmm]) => {
    const el = document.querySelectorAll(sel)[ix] as HTMLElement;
    const pageEl = el.closest('section.page') as HTMLElement;
    const origin = pageEl.getBoundingClientRect();
    const chars: Box[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.textContent ?? '';
      for (let i = 0; i < t.length; i++) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const b = r.getBoundingClientRect();
        const mm = (v: number) => v / pxmm;
        chars.push({ left: mm(b.left - origin.left), right: mm(b.right - origin.left), top: mm(b.top - origin.top), bottom: mm(b.bottom - origin.top), width: mm(b.width), height: mm(b.height) });
        text += t[i];
      }
    }
    return { chars, text };
  }, [selector, index, PX_PER_MM] as const);
}

describe('rendered pages in Chromium (GB/T 9704 layout)', function () {
  this.timeout(120000);
  let browser: Browser;

  before(async function () {
    if (!chromiumPath()) this.skip();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('a full body line holds 28 characters spanning the 156 mm type area', async () => {
    const page = await openHtml(browser, renderHtml(longDraft()).html);
    const full = await page.$$eval('.ln.r-body[data-cells="28"]', (els) => els.length);
    assert.ok(full >= 10, `expected many full body lines, got ${full}`);
    // A continuation line (no indent) and a first line (two-cell indent).
    const { chars, text } = await charBoxes(page, '.ln.r-body[data-cells="28"]', 1);
    assert.strictEqual(Array.from(text).length, 28, text);
    assert.ok(chars.every((c) => Math.abs(c.top - chars[0].top) < 0.1), 'all on one line');
    assert.ok(Math.abs(chars[0].left - 28) < 1, `first character at the left margin: ${chars[0].left}`);
    assert.ok(Math.abs(chars[27].right - (28 + 156)) < 1, `last character at the right edge of the type area: ${chars[27].right}`);
    // Each character takes its cell: 156/28 mm pitch.
    for (let i = 1; i < 28; i++) assert.ok(Math.abs(chars[i].left - chars[i - 1].left - 156 / 28) < 0.15, `cell ${i}`);
    await page.close();
  });

  it('half-width runs (65%, 100%, 3.5, 2027, APP) never overlap their neighbours and leave no gap', async () => {
    const text = '关于养老服务的通知\n\n各县（市、区）人民政府：\n\n' +
      '　　到2027年，全市养老服务床位总数达到3.5万张，护理型床位占比达到65%以上，街道综合养老服务中心覆盖率达到100%。APP、5G-A和8:30都是半角。\n\n' +
      '　　' + CJK + CJK + '\n';
    const page = await openHtml(browser, renderHtml(text).html);
    const n = await page.$$eval('.ln.r-body', (els) => els.length);
    let checked = 0;
    for (let i = 0; i < n; i++) {
      const { chars, text: t } = await charBoxes(page, '.ln.r-body', i);
      const cs = Array.from(t);
      for (let k = 1; k < chars.length; k++) {
        const overlap = chars[k - 1].right - chars[k].left;
        assert.ok(overlap < 0.05, `${cs[k - 1]}${cs[k]} overlap by ${overlap.toFixed(2)} mm in ${t}`);
        // The spare room of a run is spread, not left as a gap beside it (\`3.5 万\`).
        const gap = -overlap;
        assert.ok(gap < 0.5, `${cs[k - 1]}${cs[k]} gap of ${gap.toFixed(2)} mm in ${t}`);
        checked++;
      }
      // The line ends where the layout says (its data-cells), so the grid holds after half-width runs.
      const cells = Number(await page.$$eval('.ln.r-body', (els, ix) => els[ix].getAttribute('data-cells'), i));
      const col = (chars[0].left - 28) / (156 / 28);
      assert.ok(Math.abs(chars[chars.length - 1].right - 28 - (Math.round(col * 2) / 2 + cells) * (156 / 28)) < 0.3, `${t} ends at ${cells} cells`);
    }
    assert.ok(checked > 60);
    // Full CJK lines after it still hold 28 characters.
    const full = await charBoxes(page, '.ln.r-body[data-cells="28"]', 0);
    assert.strictEqual(Array.from(full.text).length, 28);
    await (await page.$('section.page'))!.screenshot({ path: artifact('half-width-runs.png') });
    await page.close();
  });

  it('the grid holds with another font (measured, not assumed)', async () => {
    const html = renderHtml(longDraft()).html.replace('</style>', '.f-fs{font-family:"WenQuanYi Zen Hei","AR PL UKai CN",sans-serif !important;}</style>');
    const page = await openHtml(browser, html);
    const { chars, text } = await charBoxes(page, '.ln.r-body[data-cells="28"]', 1);
    assert.strictEqual(Array.from(text).length, 28);
    assert.ok(Math.abs(chars[27].right - (28 + 156)) < 1, `right edge ${chars[27].right}`);
    await page.close();
  });

  it('a full page holds 22 lines filling the 225 mm type area', async () => {
    const page = await openHtml(browser, renderHtml(longDraft()).html);
    const pages = await page.$$eval('section.page', (els) => els.length);
    assert.ok(pages >= 2, 'the draft spans pages');
    // Page 2 is a full page of body text: 22 lines at 225/22 mm pitch, from 37 mm to 262 mm.
    const rows = await page.evaluate((pxmm) => {
      const p = document.querySelectorAll('section.page')[1];
      const top = p.getBoundingClientRect().top;
      return Array.from(p.querySelectorAll('.ln')).map((l) => {
        const r = l.getBoundingClientRect();
        return { top: (r.top - top) / pxmm, bottom: (r.bottom - top) / pxmm };
      });
    }, PX_PER_MM);
    assert.strictEqual(rows.length, 22);
    assert.ok(Math.abs(rows[0].top - 37) < 1, `first line top ${rows[0].top}`);
    assert.ok(Math.abs(rows[21].bottom - (37 + 225)) < 1, `last line bottom ${rows[21].bottom}`);
    for (let i = 1; i < 22; i++) assert.ok(Math.abs(rows[i].top - rows[i - 1].top - 225 / 22) < 0.05);
    await page.close();
  });

  it('the type area measures 156 × 225 mm at 37 mm from the top and 28 mm from the left', async () => {
    const page = await openHtml(browser, renderHtml(read('notice.txt')).html);
    const m = await page.evaluate((pxmm) => {
      const p = document.querySelector('section.page')!.getBoundingClientRect();
      const a = document.querySelector('.area')!.getBoundingClientRect();
      return { pw: p.width / pxmm, ph: p.height / pxmm, w: a.width / pxmm, h: a.height / pxmm, top: (a.top - p.top) / pxmm, left: (a.left - p.left) / pxmm };
    }, PX_PER_MM);
    assert.ok(Math.abs(m.pw - 210) < 1 && Math.abs(m.ph - 297) < 1, `A4: ${m.pw} × ${m.ph}`);
    assert.ok(Math.abs(m.w - 156) < 1 && Math.abs(m.h - 225) < 1, `type area ${m.w} × ${m.h}`);
    assert.ok(Math.abs(m.top - 37) < 1 && Math.abs(m.left - 28) < 1, `margins ${m.top}, ${m.left}`);
    // The red 发文机关标志 and the red rule as wide as the type area.
    const red = await page.evaluate(() => {
      const mark = document.querySelector('.mark')!;
      const rule = document.querySelector('.rule.red')!.getBoundingClientRect();
      return { color: getComputedStyle(mark).color, text: mark.textContent, rule: rule.width };
    });
    assert.strictEqual(red.color, 'rgb(255, 51, 51)');
    assert.strictEqual(red.text, '聊城市人民政府办公室文件');
    assert.ok(Math.abs(red.rule / PX_PER_MM - 156) < 1);
    await page.close();
  });

  it('page numbers — N — alternate: odd pages right, even pages left', async () => {
    const page = await openHtml(browser, renderHtml(read('notice.txt')).html);
    const nums = await page.evaluate((pxmm) => Array.from(document.querySelectorAll('section.page')).map((p) => {
      const o = p.getBoundingClientRect();
      const n = p.querySelector('.pno')!;
      const r = n.getBoundingClientRect();
      return { text: n.textContent, left: (r.left - o.left) / pxmm, right: (r.right - o.left) / pxmm, top: (r.top - o.top) / pxmm };
    }), PX_PER_MM);
    assert.deepStrictEqual(nums.map((n) => n.text), ['— 1 —', '— 2 —', '— 3 —']);
    const cell = 156 / 28;
    assert.ok(Math.abs(nums[0].right - (28 + 156 - cell)) < 1, `odd: one character in from the right (${nums[0].right})`);
    assert.ok(Math.abs(nums[1].left - (28 + cell)) < 1, `even: one character in from the left (${nums[1].left})`);
    assert.ok(Math.abs(nums[2].right - nums[0].right) < 0.1);
    assert.ok(nums.every((n) => n.top > 37 + 225 + 6 && n.top < 37 + 225 + 9), '7 mm below the type area');
    await page.close();
  });

  it('markup in the document is shown as text and nothing runs', async () => {
    const evil = [
      '关于测试的通知', '', '各单位：', '',
      '<script>window.__pwned = 1</script>正文一。', '',
      '<img src=x onerror="window.__pwned = 2">正文二。', '',
      '</style><script>window.__pwned = 3</script>"\'&amp;正文三。', '',
      '聊城市人民政府', '2024年7月3日',
    ].join('\n');
    const html = renderHtml(evil, { diagnostics: [{ start: 0, end: 4, severity: 'error', message: '<b onmouseover=alert(1)>x</b>' }] }).html;
    const page = await openHtml(browser, html);
    const r = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      imgs: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script').length,
      bs: document.querySelectorAll('b').length,
      text: document.getElementById('gw-pages')!.textContent,
    }));
    assert.strictEqual(r.pwned, undefined);
    assert.strictEqual(r.imgs, 0);
    assert.strictEqual(r.scripts, 1, 'only the renderer\'s own script');
    assert.strictEqual(r.bs, 0);
    const flat = (r.text ?? '').replace(/\s+/g, '');
    for (const s of ['<script>window.__pwned=1</script>', '<imgsrc=xonerror="window.__pwned=2">', '</style><script>', '"\'&amp;']) {
      assert.ok(flat.includes(s), `shown as text: ${s}`);
    }
    await page.close();
  });

  it('diagnostics are marked on the characters they cover, with their message', async () => {
    const text = read('notice.txt');
    const at = text.indexOf('提高思想认识');
    const page = await openHtml(browser, renderHtml(text, { diagnostics: [{ start: at, end: at + 6, severity: 'warning', message: '示例诊断' }] }).html);
    const marked = await page.$$eval('.dg-warning', (els) => els.map((e) => [e.textContent, e.getAttribute('title')]));
    assert.deepStrictEqual(marked, [['提高思想认识', '示例诊断']]);
    await page.close();
  });

  it('screenshots: a rendered notice and an assembled issue\'s 目录 (test-artifacts/)', async () => {
    const page = await openHtml(browser, renderHtml(read('notice.txt')).html);
    await (await page.$('section.page'))!.screenshot({ path: artifact('notice-page-1.png') });
    await (await page.$$('section.page'))[2].screenshot({ path: artifact('notice-page-3.png') });
    await page.close();
    const yaml = await import('js-yaml');
    const m = yaml.load(fs.readFileSync(path.join(FIX, 'issue.yaml'), 'utf8')) as { title: string; year: number; number: number; sections: { name: string; documents: string[] }[] };
    const issue = renderIssueHtml({ ...m, sections: m.sections.map((s) => ({ name: s.name, documents: s.documents.map((d) => ({ name: d, text: read(d) })) })) });
    const ip = await openHtml(browser, issue.html);
    await (await ip.$('section.page[data-kind="toc"]'))!.screenshot({ path: artifact('issue-toc.png') });
    await ip.close();
    for (const f of ['notice-page-1.png', 'notice-page-3.png', 'issue-toc.png']) assert.ok(fs.statSync(artifact(f)).size > 10000, f);
  });

  it('an assembled issue\'s 目录 page numbers are the pages where the documents start', async () => {
    const yaml = await import('js-yaml');
    const m = yaml.load(fs.readFileSync(path.join(FIX, 'issue.yaml'), 'utf8')) as { title: string; sections: { name: string; documents: string[] }[] };
    const issue = renderIssueHtml({ ...m, sections: m.sections.map((s) => ({ name: s.name, documents: s.documents.map((d) => ({ name: d, text: read(d) })) })) });
    const page = await openHtml(browser, issue.html);
    const r = await page.evaluate(() => {
      const toc = Array.from(document.querySelectorAll('section.page[data-kind="toc"] .toc-page')).map((e) => Number(e.textContent));
      const starts: { number: number; text: string }[] = [];
      const seen = new Set<string>();
      for (const p of Array.from(document.querySelectorAll('section.page[data-kind="doc"]'))) {
        const d = p.getAttribute('data-doc')!;
        if (seen.has(d)) continue;
        seen.add(d);
        starts.push({ number: Number(p.getAttribute('data-number')), text: p.textContent ?? '' });
      }
      const printed = Array.from(document.querySelectorAll('section.page .pno')).map((e) => e.textContent);
      return { toc, starts, printed };
    });
    assert.strictEqual(r.toc.length, 3);
    assert.deepStrictEqual(r.toc, r.starts.map((s) => s.number));
    // The 令 takes three pages in the 命令格式 (GB/T 9704 10.2).
    assert.deepStrictEqual(r.toc, [1, 4, 7]);
    assert.ok(r.starts[0].text.includes('第52号'));
    assert.ok(r.starts[1].text.includes('聊政办发〔2024〕7号'));
    assert.ok(r.starts[2].text.includes('聊政办字〔2024〕15号'));
    // Continuous numbering after the unnumbered cover and 目录; the 函's first page (信函格式, 10.1)
    // is page 7 but prints no number.
    assert.deepStrictEqual(r.printed, Array.from({ length: r.printed.length + 1 }, (_, i) => `— ${i + 1} —`).filter((x) => x !== '— 7 —'));
    await page.close();
  });
});

describe('browser tests prerequisites', () => {
  it('reports whether Debian chromium is present', function () {
    if (!chromiumPath()) {
      console.log(`      ${NO_CHROMIUM}`);
      this.skip();
    }
  });
});
