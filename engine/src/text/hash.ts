// Hex digests with Node's crypto required on first use: most runs hash nothing (a `gongwen lint`
// without --cache or SARIF output), and loading crypto cost each of them ~3 ms.

/** The hex digest of a text (in `encoding`, UTF-8 by default) or of bytes. */
export function digest(algorithm: 'sha1' | 'sha256', data: string | Uint8Array, encoding: 'utf8' | 'utf16le' = 'utf8'): string {
  const hash = (require('crypto') as typeof import('crypto')).createHash(algorithm);
  return (typeof data === 'string' ? hash.update(data, encoding) : hash.update(data)).digest('hex');
}
