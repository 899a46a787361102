// Runs in the browser (preview page script, exported HTML, PDF printing). Measures the advance of
// a full-width character in each font actually used, and sets the letter-spacing that makes each
// character take exactly its grid cell, whatever font the machine substituted; fits half-width runs
// into their boxes.

/**
 * What gwFit uses of a document. The preview, having replaced some pages, passes one whose
 * querySelectorAll finds only their boxes: fitting every box of a 213-page gazette takes ~0.5 s.
 */
export interface FitDocument {
  readonly documentElement: HTMLElement;
  readonly body: HTMLElement;
  createElement(tag: 'div' | 'span'): HTMLElement;
  querySelectorAll(selector: '.h'): ArrayLike<Element>;
}

// Self-contained on purpose: it is also embedded into exported HTML via Function#toString.
export function gwFit(doc: FitDocument): void {
  const root = doc.documentElement;
  const host = doc.createElement('div');
  host.style.position = 'absolute';
  host.style.visibility = 'hidden';
  host.style.left = '-10000px';
  host.style.top = '0';
  doc.body.appendChild(host);
  const measure = (cls: string, text: string): number => {
    const s = doc.createElement('span');
    s.className = cls;
    s.style.letterSpacing = '0';
    s.style.whiteSpace = 'pre';
    s.style.display = 'inline-block';
    s.textContent = text;
    host.appendChild(s);
    const w = s.getBoundingClientRect().width;
    host.removeChild(s);
    return w;
  };
  const mm = (n: number): number => {
    const d = doc.createElement('div');
    d.style.width = n + 'mm';
    host.appendChild(d);
    const w = d.getBoundingClientRect().width;
    host.removeChild(d);
    return w;
  };
  const N = 20;
  const sizes: [string, number][] = [['body', 156 / 28], ['title', (22 * 25.4) / 72], ['small', (14 * 25.4) / 72]];
  for (const [size, cellMm] of sizes) {
    const cell = mm(cellMm * N) / N;
    for (const f of ['fs', 'kt', 'ht', 'xbs']) {
      const adv = measure(`s-${size} f-${f}`, '国'.repeat(N)) / N;
      root.style.setProperty(`--ls-${size}-${f}`, (cell - adv).toFixed(4) + 'px');
    }
  }
  doc.body.removeChild(host);
  // Half-width runs: each box has the width the layout gave it (whole half-cells). A run wider than
  // its box in this machine's Latin font (digits are 0.5 em, a body half-cell 0.494 em; another font
  // may be wider) is squeezed into it, so it never overlaps the next character; a narrower one gets
  // the spare room spread evenly before, between and after its characters, so no visible gap
  // (`3.5 万`) opens on one side.
  // Three passes over the boxes, not one: reset, measure, set. A style written between two reads
  // makes the browser lay the page out again at the next read, once per box. Each box's width is
  // set by its class, so what one box gets never changes another's room.
  const boxes = doc.querySelectorAll('.h');
  const inners: (HTMLElement | null)[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const inner = boxes[i].firstElementChild as HTMLElement | null;
    inners.push(inner);
    if (!inner) continue;
    inner.style.transform = '';
    inner.style.letterSpacing = '';
    inner.style.paddingLeft = '';
  }
  const widths: number[] = [];
  const rooms: number[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const inner = inners[i];
    widths.push(inner ? inner.getBoundingClientRect().width : 0);
    rooms.push(inner ? boxes[i].getBoundingClientRect().width : 0);
  }
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i] as HTMLElement;
    const inner = inners[i];
    const w = widths[i];
    const room = rooms[i];
    const n = inner ? Array.from(inner.textContent || '').length : 0;
    if (!inner || w <= 0 || !n) continue;
    box.style.textAlign = 'left';
    if (w > room + 0.01) {
      inner.style.transformOrigin = '0 50%';
      inner.style.transform = 'scaleX(' + (room / w).toFixed(4) + ')';
    } else {
      const gap = (room - w) / (n + 1);
      inner.style.letterSpacing = gap.toFixed(3) + 'px';
      inner.style.paddingLeft = gap.toFixed(3) + 'px';
    }
  }
  root.setAttribute('data-gw-fitted', '1');
}
