// Pages → one standalone HTML document: embedded CSS, no remote resources, every piece of document
// text escaped, data-line attributes for scroll sync, diagnostics marked when given. The same
// output serves the preview (with a nonce CSP and the page script), `gongwen export` and issues.
import { CELL_MM, GRID_RULE, LETTER_RULE, PAGE, PITCH, type Font, type Page, type PLine, type Seg, type Size, SIZE_PT } from './layout';
import { halfRunCells, isHalfWidth } from './cells';
import { gwFit } from './fit';
import { GW_RED } from './color';
import type { SourceText } from '../text/source';

export interface DiagMark {
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface HtmlOptions {
  /** Document title (<title>). */
  title?: string;
  /** Diagnostics to mark (source offsets). */
  diagnostics?: DiagMark[];
  /** Nonce for the <style> and <script> elements; required with `csp`. */
  nonce?: string;
  /** Content-Security-Policy for a <meta> element (the preview passes its own). */
  csp?: string;
  /** URI of the page script (the preview's dist/preview.js); when absent the grid fitter is inlined. */
  scriptUri?: string;
  /** Preview mode: pages on a grey desk with gaps, clickable lines. */
  preview?: boolean;
  /** Source text, to turn offsets into lines for data-line. */
  source?: SourceText;
  /** Extra attributes for <body> (escaped), e.g. the preview's document URI. */
  bodyData?: Record<string, string>;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const fmt = (n: number) => `${+n.toFixed(3)}mm`;

// Font stacks: the faces the standard names first (when installed), then free faces. Among the
// free ones, TrueType-outline fonts (AR PL UMing/UKai, WenQuanYi Zen Hei) come before the Noto/Source
// Han CJK fonts: Chromium embeds TrueType as CID fonts in a PDF but turns CFF-outline fonts (the
// Noto CJK OTCs) and synthetic bold or stroked text into Type 3 fonts, which print shops often
// refuse. The price: without 方正小标宋 the title is set in regular-weight UMing (a Song face), not
// in a heavy one (no free heavy Song face with TrueType outlines is packaged in Debian).
const FONT_STACK: Record<Font | 'h' | 'song', string> = {
  fs: '"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "AR PL UMing CN", "WenQuanYi Zen Hei", "Noto Serif CJK SC", "Source Han Serif SC", serif',
  kt: '"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL UKai CN", "AR PL UMing CN", "Noto Serif CJK SC", serif',
  ht: '"黑体", "SimHei", "STHeiti", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  xbs: '"GW Title", "方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "AR PL UMing CN", "Noto Serif CJK SC", serif',
  h: '"Times New Roman", "Liberation Serif", "DejaVu Serif", serif',
  // Page numbers: 4号半角宋体 digits (GB/T 9704 7.5), so a Song face first, not the body's Latin face.
  song: '"宋体", "SimSun", "AR PL UMing CN", "Noto Serif CJK SC", serif',
};

function staticCss(): string {
  const sizes = Object.keys(SIZE_PT) as Size[];
  const fonts: Font[] = ['fs', 'kt', 'ht', 'xbs'];
  const rules: string[] = [];
  // The title face: 方正小标宋 under any of its names, when installed (else the stack goes on).
  rules.push(`@font-face{font-family:"GW Title";src:local("FZXiaoBiaoSong-B05S"),local("方正小标宋简体"),local("FZXBSJW--GB1-0");}`);
  for (const f of fonts) rules.push(`.f-${f}{font-family:${FONT_STACK[f]};}`);
  // A run of half-width characters is one box of the width the layout gave it (cells.ts), its text
  // centred at its natural spacing; the page script squeezes it if the machine's font is wider.
  rules.push(`.h{font-family:${FONT_STACK.h};display:inline-block;white-space:pre;overflow:visible;vertical-align:baseline;text-align:center;letter-spacing:0;}`);
  rules.push('.hi{display:inline-block;white-space:pre;letter-spacing:0;}');
  for (const s of sizes) {
    rules.push(`.s-${s}{font-size:${SIZE_PT[s]}pt;}`);
    for (const f of fonts) rules.push(`.s-${s} .f-${f},.s-${s}.f-${f}{letter-spacing:var(--ls-${s}-${f},calc(${fmt(CELL_MM[s])} - ${SIZE_PT[s]}pt));}`);
  }
  return `
html,body{margin:0;padding:0;}
body{background:#fff;color:#000;}
.gw-preview{background:#7f7f7f;padding:8mm 0;}
.page{position:relative;width:${PAGE.width}mm;height:${PAGE.height}mm;overflow:hidden;background:#fff;box-sizing:border-box;margin:0 auto;break-after:page;page-break-after:always;}
.page:last-child{break-after:auto;page-break-after:auto;}
.gw-preview .page{margin:0 auto 8mm auto;box-shadow:0 1mm 4mm rgba(0,0,0,.4);}
.area{position:absolute;top:${PAGE.top}mm;left:${PAGE.left}mm;width:${PAGE.areaWidth}mm;height:${PAGE.areaHeight}mm;}
.ln{position:absolute;white-space:pre;line-height:${fmt(PITCH)};height:${fmt(PITCH)};margin:0;}
.ln.center{left:0;right:0;text-align:center;}
.ln.right{left:0;text-align:right;}
.mark{position:absolute;left:-10mm;right:-10mm;top:35mm;text-align:center;color:#${GW_RED};font-family:${FONT_STACK.xbs};white-space:pre;line-height:1;}
.rule{position:absolute;left:0;width:${PAGE.areaWidth}mm;}
.rule.red{background:#${GW_RED};}
.rule.black{background:#000;}
.grid{position:absolute;background:#000;}
.rule.thick-thin,.rule.thin-thick{background:none;box-sizing:border-box;border:0 solid #${GW_RED};}
.rule.thick-thin{border-top-width:${fmt(LETTER_RULE.thick)};border-bottom-width:${fmt(LETTER_RULE.thin)};}
.rule.thin-thick{border-top-width:${fmt(LETTER_RULE.thin)};border-bottom-width:${fmt(LETTER_RULE.thick)};}
.pno{position:absolute;top:${PAGE.top + PAGE.areaHeight + 7}mm;font-size:14pt;font-family:${FONT_STACK.song};white-space:pre;line-height:1;}
.pno.odd{right:${fmt(PAGE.width - PAGE.left - PAGE.areaWidth + CELL_MM.body)};}
.pno.even{left:${fmt(PAGE.left + CELL_MM.body)};}
.cover-title{position:absolute;top:40mm;left:0;right:0;text-align:center;color:#${GW_RED};font-family:${FONT_STACK.xbs};font-size:34pt;letter-spacing:2mm;}
.cover-sub{position:absolute;top:80mm;left:0;right:0;text-align:center;font-family:${FONT_STACK.ht};font-size:18pt;}
.cover-sub2{position:absolute;top:95mm;left:0;right:0;text-align:center;font-family:${FONT_STACK.fs};font-size:16pt;}
.toc-dots{display:inline-block;box-sizing:border-box;height:0.6em;border-bottom:0.3mm dotted #000;vertical-align:baseline;margin:0 0.5mm;}
.h.toc-page{text-align:right;}
.dg{text-decoration:underline wavy;text-decoration-skip-ink:none;text-underline-offset:1.2mm;}
.dg-error{text-decoration-color:#e51400;}
.dg-warning{text-decoration-color:#bf8803;}
.dg-info{text-decoration-color:#1a85ff;}
.gw-preview .ln{cursor:text;}
.gw-preview .ln.gw-active{background:rgba(38,119,208,.12);}
@page{size:A4;margin:0;}
@media print{.gw-preview{background:#fff;padding:0;}.gw-preview .page{margin:0;box-shadow:none;}.dg{text-decoration:none;}}
${rules.join('\n')}
`;
}

/** Per-render position classes (no inline style attributes: a strict CSP forbids them). */
class ClassRegistry {
  private map = new Map<string, string>();
  get(decl: string): string {
    let c = this.map.get(decl);
    if (!c) {
      c = `k${this.map.size}`;
      this.map.set(decl, c);
    }
    return c;
  }
  css(): string {
    return Array.from(this.map, ([decl, c]) => `.${c}{${decl}}`).join('\n');
  }
}

interface Run {
  text: string;
  half: boolean;
  font: Font;
  diag?: DiagMark;
}

function severityRank(s: DiagMark['severity']): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}

/** Splits segments into runs of full-width / half-width characters with the same font and diagnostic. */
function runsOf(segs: Seg[], diags: DiagMark[]): Run[] {
  const runs: Run[] = [];
  for (const s of segs) {
    let k = 0;
    for (const ch of s.text) {
      const off = s.map[k];
      const end = s.map[k + ch.length] ?? off + ch.length;
      k += ch.length;
      let diag: DiagMark | undefined;
      for (const d of diags) {
        const hit = d.start < end && d.end > off || (d.start === d.end && d.start === off);
        if (hit && (!diag || severityRank(d.severity) > severityRank(diag.severity))) diag = d;
      }
      const half = isHalfWidth(ch);
      const last = runs[runs.length - 1];
      if (last && last.half === half && last.font === s.font && last.diag === diag) last.text += ch;
      else runs.push({ text: ch, half, font: s.font, diag });
    }
  }
  return runs;
}

function diagAttrs(r: Run): { cls: string[]; title: string } {
  return r.diag ? { cls: ['dg', `dg-${r.diag.severity}`], title: ` title="${escapeHtml(r.diag.message)}"` } : { cls: [], title: '' };
}

/**
 * The line's HTML: full-width runs as font spans; each maximal half-width run (whatever its font or
 * diagnostics) as one box `h` of exactly the cells cells.ts gave it, so the browser's line has the
 * layout's width and nothing overlaps.
 */
function inlineHtml(runs: Run[], reg: ClassRegistry, cellMm: number): string {
  const out: string[] = [];
  for (let i = 0; i < runs.length;) {
    const r = runs[i];
    if (!r.half) {
      const { cls, title } = diagAttrs(r);
      out.push(`<span class="${[`f-${r.font}`, ...cls].join(' ')}"${title}>${escapeHtml(r.text)}</span>`);
      i++;
      continue;
    }
    let j = i;
    let text = '';
    const inner: string[] = [];
    for (; j < runs.length && runs[j].half; j++) {
      text += runs[j].text;
      const { cls, title } = diagAttrs(runs[j]);
      inner.push(cls.length ? `<span class="${cls.join(' ')}"${title}>${escapeHtml(runs[j].text)}</span>` : escapeHtml(runs[j].text));
    }
    out.push(`<span class="h ${reg.get(`width:${fmt(halfRunCells(text) * cellMm)};`)}"><span class="hi">${inner.join('')}</span></span>`);
    i = j;
  }
  return out.join('');
}

function lineHtml(l: PLine, reg: ClassRegistry, diags: DiagMark[], source?: SourceText): string {
  const cls = ['ln', `s-${l.size}`, `r-${l.role}`, reg.get(`top:${fmt(l.row * PITCH)};`)];
  if (l.align === 'center') cls.push('center');
  else if (l.align === 'right') cls.push('right', reg.get(`right:${fmt((PAGE.areaWidth / CELL_MM[l.size] - (l.col + l.cells)) * CELL_MM[l.size])};`));
  else cls.push(reg.get(`left:${fmt(l.col * CELL_MM[l.size])};`));
  const first = l.segs[0];
  const line = source && first && first.map.length ? source.positionAt(first.map[0]).line : l.line;
  const runs = runsOf(l.segs, diags);
  const cellMm = CELL_MM[l.size];
  const inner = inlineHtml(runs, reg, cellMm);
  let toc = '';
  if (l.tocPage !== undefined) {
    const used = l.col + l.cells;
    const pageCells = halfRunCells(l.tocPage);
    const dots = Math.max(0, Math.floor((PAGE.areaWidth / cellMm - used - pageCells - 0.5) * 2));
    toc = `<span class="toc-dots ${reg.get(`width:${fmt(dots * cellMm / 2 - 1)};`)}"></span>` +
      `<span class="h ${reg.get(`width:${fmt(pageCells * cellMm)};`)} toc-page"><span class="hi">${escapeHtml(l.tocPage)}</span></span>`;
  }
  const dataLine = line >= 0 ? ` data-line="${line}"` : '';
  return `<div class="${cls.join(' ')}"${dataLine} data-cells="${l.cells}">${inner}${toc}</div>`;
}

function pageHtml(p: Page, ix: number, reg: ClassRegistry, diags: DiagMark[], source?: SourceText): string {
  const parts: string[] = [];
  if (p.kind === 'cover' && p.cover) {
    parts.push(`<div class="cover-title">${escapeHtml(p.cover.title)}</div>`);
    if (p.cover.year) parts.push(`<div class="cover-sub">${escapeHtml(p.cover.year)}</div>`);
    if (p.cover.issue) parts.push(`<div class="cover-sub2">${escapeHtml(p.cover.issue)}</div>`);
  }
  if (p.mark) {
    const size = p.mark.size;
    const line = source && p.mark.map.length ? source.positionAt(p.mark.map[0]).line : p.mark.line;
    const d = diags.find((x) => x.start < p.mark!.map[p.mark!.map.length - 1] && x.end > p.mark!.map[0]);
    const dc = d ? ` dg dg-${d.severity}` : '';
    const title = d ? ` title="${escapeHtml(d.message)}"` : '';
    parts.push(`<div class="mark ${reg.get(`font-size:${fmt(size)};`)} ${reg.get(`top:${fmt(p.mark.top)};`)}${dc}" data-line="${line}"${title}>${escapeHtml(p.mark.text)}</div>`);
  }
  for (const r of p.rules) {
    const width = r.width ?? PAGE.areaWidth;
    const at = reg.get(`top:${fmt(r.top - r.weight / 2)};height:${fmt(r.weight)};` + (r.width !== undefined ? `left:${fmt((PAGE.areaWidth - width) / 2)};width:${fmt(width)};` : ''));
    parts.push(`<div class="rule ${r.color}${r.double ? ` ${r.double}` : ''} ${at}"></div>`);
  }
  // A table's ruled grid: every row edge across its columns, every column edge down its rows.
  for (const g of p.grids ?? []) {
    const [r0, r1] = [g.rows[0], g.rows[g.rows.length - 1]];
    const [c0, c1] = [g.cols[0], g.cols[g.cols.length - 1]];
    const w = GRID_RULE / 2;
    for (const r of g.rows) parts.push(`<div class="grid ${reg.get(`top:${fmt(r * PITCH - w)};left:${fmt(c0 * CELL_MM.body - w)};width:${fmt((c1 - c0) * CELL_MM.body + GRID_RULE)};height:${fmt(GRID_RULE)};`)}"></div>`);
    for (const c of g.cols) parts.push(`<div class="grid ${reg.get(`top:${fmt(r0 * PITCH - w)};left:${fmt(c * CELL_MM.body - w)};width:${fmt(GRID_RULE)};height:${fmt((r1 - r0) * PITCH + GRID_RULE)};`)}"></div>`);
  }
  for (const l of p.lines) parts.push(lineHtml(l, reg, diags, source));
  const side = (p.number ?? ix + 1) % 2 === 1 ? 'odd' : 'even';
  const pno = p.number !== undefined && !p.numberHidden ? `<div class="pno ${side}">— ${p.number} —</div>` : '';
  return `<section class="page ${side}" data-page="${ix + 1}" data-doc="${p.doc}" data-kind="${p.kind}"${p.number !== undefined ? ` data-number="${p.number}"` : ''}><div class="area">${parts.join('')}</div>${pno}</section>`;
}

export function renderPagesHtml(pages: Page[], opts: HtmlOptions = {}): string {
  const reg = new ClassRegistry();
  const diags = opts.diagnostics ?? [];
  const body = pages.map((p, i) => pageHtml(p, i, reg, diags, opts.source)).join('\n');
  const nonce = opts.nonce ? ` nonce="${escapeHtml(opts.nonce)}"` : '';
  const csp = opts.csp ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(opts.csp)}">` : '';
  // The fitter is inlined from its compiled source; tools that keep function names (tsx) wrap
  // inner functions in __name(), so a no-op __name is defined beside it.
  const script = opts.scriptUri
    ? `<script${nonce} src="${escapeHtml(opts.scriptUri)}"></script>`
    : `<script${nonce}>(function(){var __name=function(f){return f;};var gwFit=${gwFit.toString()};function go(){gwFit(document);}if(document.fonts&&document.fonts.ready){document.fonts.ready.then(go);}else{go();}})();</script>`;
  const data = Object.entries(opts.bodyData ?? {}).map(([k, v]) => ` data-${k.replace(/[^a-z0-9-]/g, '')}="${escapeHtml(v)}"`).join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
${csp}
<title>${escapeHtml(opts.title ?? '公文')}</title>
<style${nonce}>${staticCss()}
${reg.css()}</style>
</head>
<body class="${opts.preview ? 'gw-preview' : 'gw-print'}"${data}>
<main id="gw-pages">
${body}
</main>
${script}
</body>
</html>
`;
}
