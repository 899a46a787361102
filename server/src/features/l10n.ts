// The server's own strings, in the client's language (initialize's `locale`); Chinese by default
// because the documents are Chinese. Engine messages come already written in Chinese.
let zh = true;

export function setLocale(locale: string | undefined): void {
  zh = !locale || locale.toLowerCase().startsWith('zh');
}

export function isZh(): boolean {
  return zh;
}

/** Pick the string for the current locale; `{0}`… are replaced by the arguments. */
export function t(zhText: string, enText: string, ...args: (string | number)[]): string {
  const s = zh ? zhText : enText;
  return s.replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}
