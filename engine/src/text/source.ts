// Offsets ↔ (line, character) for one decoded text. Lines end at \n, \r\n or a lone \r.

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

/** An edit between two texts: the old text's [start, oldEnd) became the new text's [start, newEnd). */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Pushes the starts of the lines beginning in text[from, to) (after a break at from - 1 or later). */
function scanLineStarts(text: string, from: number, to: number, starts: number[]): void {
  // Most texts have no \r: then native indexOf finds each \n (a character loop over a 300 KB
  // gazette cost ~1 ms warm and ~6 ms cold).
  const cr = text.indexOf('\r', from);
  if (cr < 0 || cr >= to) {
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
}

export class SourceText {
  readonly lineStarts: number[];
  /** The source this one was made from by afterEdit, and the edit: one step back only. */
  #derived: { from: SourceText; edit: TextEdit } | undefined;

  /** `lineStarts`: already known (afterEdit); otherwise found by scanning the text. */
  constructor(readonly text: string, lineStarts?: number[]) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    scanLineStarts(text, 0, text.length, starts);
    this.lineStarts = starts;
  }

  /**
   * The source of `text`, an edit of `prev.text`: line starts before the edit are kept, those
   * after it moved, only the edited stretch is scanned (a keystroke in a long gazette).
   */
  static afterEdit(prev: SourceText, text: string, edit: TextEdit): SourceText {
    const delta = edit.newEnd - edit.oldEnd;
    const old = prev.lineStarts;
    // A start at or before the edit depends on the character before it (a \r that an inserted \n
    // joins): keep the starts before edit.start, rescan from the character before it.
    const from = Math.max(0, edit.start - 1);
    let k = 0;
    while (k < old.length && old[k] <= from) k++;
    const scanned: number[] = [];
    scanLineStarts(text, from, Math.min(text.length, edit.newEnd + 1), scanned);
    // Starts after the edit depend only on characters after it: moved. (The rescan may already
    // have found the first of them.)
    let t = k;
    while (t < old.length && old[t] <= edit.oldEnd + 1) t++;
    const last = scanned.length ? scanned[scanned.length - 1] : old[k - 1];
    while (t < old.length && old[t] + delta <= last) t++;
    const tail = old.slice(t);
    for (let i = 0; i < tail.length; i++) tail[i] += delta;
    // Copies of exactly the right length: pushed one by one, the array kept (from keystroke to
    // keystroke) up to half as much room again as it held.
    const starts = old.slice(0, k).concat(scanned, tail);
    const next = new SourceText(text, starts);
    next.#derived = { from: prev, edit };
    prev.#derived = undefined; // a chain of every version of the text would never be freed
    return next;
  }

  /** For a source made by afterEdit: the source before the edit, and the edit. */
  derivedFrom(): { from: SourceText; edit: TextEdit } | undefined {
    return this.#derived;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }
}
