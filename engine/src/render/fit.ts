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
  // Every probe is added first and read after: one layout for all of them, not one per probe.
  const probe = (el: HTMLElement): (() => number) => {
    host.appendChild(el);
    return () => el.getBoundingClientRect().width;
  };
  const text = (cls: string, chars: string): HTMLElement => {
    const s = doc.createElement('span');
    s.className = cls;
    s.style.letterSpacing = '0';
    s.style.whiteSpace = 'pre';
    s.style.display = 'inline-block';
    s.textContent = chars;
    return s;
  };
  const length = (mm: number): HTMLElement => {
    const d = doc.createElement('div');
    d.style.width = mm + 'mm';
    return d;
  };
  const N = 20;
  const sizes: [string, number][] = [['body', 156 / 28], ['title', (22 * 25.4) / 72], ['small', (14 * 25.4) / 72]];
  const fonts = ['fs', 'kt', 'ht', 'xbs'];
  const probes = sizes.map(([size, cellMm]) => ({
    size,
    cell: probe(length(cellMm * N)),
    advances: fonts.map((f) => ({ f, width: probe(text(`s-${size} f-${f}`, '国'.repeat(N))) })),
  }));
  // All read before any is set: a variable set on the root would lay everything out again.
  const spacing = probes.flatMap(({ size, cell, advances }) => {
    const cellPx = cell() / N;
    return advances.map(({ f, width }) => [`--ls-${size}-${f}`, (cellPx - width() / N).toFixed(4) + 'px']);
  });
  doc.body.removeChild(host);
  for (const [name, value] of spacing) root.style.setProperty(name, value);
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
