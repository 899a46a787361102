// Runs in the browser (preview page script, exported HTML, PDF printing). Measures the advance of
// a full-width and a half-width character in each font actually used, and sets the letter-spacing
// that makes each character take exactly its grid cell, whatever font the machine substituted.
// Self-contained on purpose: it is also embedded into exported HTML via Function#toString.
export function gwFit(doc: Document): void {
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
    const half = measure(`s-${size} h`, '0'.repeat(N)) / N;
    root.style.setProperty(`--ls-${size}-h`, (cell / 2 - half).toFixed(4) + 'px');
  }
  doc.body.removeChild(host);
  root.setAttribute('data-gw-fitted', '1');
}
