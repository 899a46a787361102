// splitRenderedHtml on real rendered documents: the parts join back to the very same HTML, and
// there is one part per laid-out page, in order.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { renderHtml, renderIssueHtml } from './index';
import { joinRenderedHtml, splitRenderedHtml } from './split';
import { corpusFiles, repoRoot } from '../../../test/fixtures/corpus';

const samples = fs.readdirSync(path.join(repoRoot, 'samples')).filter((f) => /\.(gw|txt)$/.test(f)).map((f) => path.join(repoRoot, 'samples', f));
const preview = { preview: true, nonce: 'bm9uY2U=', csp: "default-src 'none'", scriptUri: 'https://x.test/preview.js', bodyData: { 'top-line': '3' } };

describe('splitRenderedHtml', () => {
  for (const file of [...samples, ...corpusFiles()]) {
    it(`cuts ${path.basename(file)} into its pages and joins back byte for byte`, () => {
      const text = fs.readFileSync(file, 'utf8');
      for (const opts of [{}, preview]) {
        const r = renderHtml(text, opts);
        const parts = splitRenderedHtml(r.html)!;
        assert.ok(parts);
        assert.equal(joinRenderedHtml(parts), r.html);
        assert.equal(parts.pages.length, r.pages.length);
        parts.pages.forEach((p, i) => assert.match(p, new RegExp(`^<section class="page (odd|even)" data-page="${i + 1}" [^\\n]*</section>$`)));
        assert.equal(parts.title, r.docs[0]?.title ?? '公文');
        assert.match(parts.style, /^\s*html,body\{/);
      }
    });
  }

  it('cuts an assembled issue (cover and 目录 pages) the same way', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'samples/draft-notice.gw'), 'utf8');
    const r = renderIssueHtml({ title: '聊城市人民政府公报', sections: [{ name: '市政府办公室文件', documents: [{ text: doc, name: 'a' }, { text: doc, name: 'b' }] }] });
    const parts = splitRenderedHtml(r.html)!;
    assert.equal(joinRenderedHtml(parts), r.html);
    assert.equal(parts.pages.length, r.pages.length);
    assert.match(parts.pages[0], /data-kind="cover"/);
  });

  it('a page whose text looks like markup stays one page', () => {
    const r = renderHtml('关于<section class="page odd">的通知\n</main>\n<title>x</title>\n正文。');
    const parts = splitRenderedHtml(r.html)!;
    assert.equal(joinRenderedHtml(parts), r.html);
    assert.equal(parts.pages.length, r.pages.length);
  });

  it('is undefined for HTML the renderer did not write', () => {
    assert.equal(splitRenderedHtml('<!DOCTYPE html><html><head></head><body><p>The preview could not be rendered</p></body></html>'), undefined);
    assert.equal(splitRenderedHtml(''), undefined);
  });
});
