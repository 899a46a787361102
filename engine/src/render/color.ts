// The red of the 发文机关标志, the 版头 rule and the issue cover, shared by the HTML/PDF and the DOCX.
//
// GB/T 9704-2012 6.2 gives the red as a print tint: Y 80 %, M 80 % (C 0, K 0). That is not pure red
// (M 100 Y 100, #FF0000 or the ink's ~#E60012 on screen): it is a lighter, slightly warm red.
// We use the device conversion R = 255(1−C)(1−K), G = 255(1−M)(1−K), B = 255(1−Y)(1−K), which gives
// #FF3333, because its inverse is what a PDF consumer applies when it prints DeviceRGB on a CMYK
// press without colour management (ISO 32000-1, "Conversion from DeviceRGB to DeviceCMYK":
// c = 1−r, m = 1−g, y = 1−b, k = min(c, m, y) = 0): #FF3333 comes back as exactly C0 M80 Y80 K0,
// the tint the standard asks for. A DOCX stores only RGB (w:color), so the same value serves it.
// A colour-managed value (an sRGB rendering of the ink under some press profile) would depend on a
// profile the standard does not name and would not round-trip to 80/80. Pure red (#FF0000) would
// print as M100 Y100, which is not the standard's red. On screen #FF3333 looks a little light; that
// is what an 80 % tint looks like.

/** Device CMYK (0…1) → RGB hex (no #), the naive conversion described above. */
export function cmykToRgbHex(c: number, m: number, y: number, k: number): string {
  const ch = (v: number) => Math.round(255 * (1 - v) * (1 - k)).toString(16).padStart(2, '0').toUpperCase();
  return ch(c) + ch(m) + ch(y);
}

/** GB/T 9704 6.2 red (Y 80 %, M 80 %) as RGB hex without '#': 'FF3333'. */
export const GW_RED = cmykToRgbHex(0, 0.8, 0.8, 0);
