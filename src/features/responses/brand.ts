/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new RangeError(`Not a #rrggbb colour: '${hex}'`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = Number.parseInt(h ?? "0", 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const LIGHT = "#ffffff";
const DARK = "#0f172a";
const FALLBACK_BRAND = "#0f766e";

/**
 * The creditor's colour and the text colour that reads best on it (white or near-black, whichever
 * contrasts more; pure black when neither reaches 4.5:1). An unusable setting falls back to the Stornodesk teal.
 */
export function brandColours(colour: string | null | undefined): { brand: string; foreground: string } {
  const brand =
    colour && /^#[0-9a-f]{6}$/i.test(colour.trim()) ? colour.trim().toLowerCase() : FALLBACK_BRAND;
  const best = contrastRatio(brand, LIGHT) >= contrastRatio(brand, DARK) ? LIGHT : DARK;
  // Mid-tones can miss 4.5:1 with slate; pure black always reaches it where white does not.
  const foreground = contrastRatio(brand, best) >= 4.5 ? best : "#000000";
  return { brand, foreground };
}
