/** A piece of running text: either plain, or a Latin-script run to isolate inside Arabic. */
export interface BidiPiece {
  text: string;
  latin: boolean;
}

/**
 * Latin runs: words that start with a letter ("H100" is one word), joined by the characters
 * names use (space, dot, hyphen, ampersand, apostrophe), so "Core Scientific" is one run while
 * the Arabic comma or full stop after "OpenAI" and a number after "SOFR" stay outside it.
 */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9]*(?:[ .&'’-]+[A-Za-z][A-Za-z0-9]*)*/g;

/**
 * Splits text into Latin runs and the rest, so Arabic pages can wrap each Latin name in <bdi>:
 * without isolation, a name at the end of an Arabic clause drags the following punctuation and
 * numbers to the wrong side. Concatenating the pieces gives back the input.
 */
export function splitLatinRuns(text: string): BidiPiece[] {
  const pieces: BidiPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const start = match.index;
    if (start > at) pieces.push({ text: text.slice(at, start), latin: false });
    pieces.push({ text: match[0], latin: true });
    at = start + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), latin: false });
  return pieces;
}
