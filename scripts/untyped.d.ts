// Types for the two font tools that ship none, as far as this project calls them.

declare module 'subset-font' {
  /** A font cut down to the glyphs `text` needs (and what shaping reaches from them). */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[] }
  ): Promise<Buffer>;
}

declare module 'fontverter' {
  /** A font converted between SFNT (TrueType/OpenType), WOFF and WOFF2. */
  export function convert(font: Uint8Array, to: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
}
