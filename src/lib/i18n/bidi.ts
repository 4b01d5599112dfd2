/** A piece of a label: plain, or a run an Arabic page must isolate left to right. */
export interface BidiPiece {
  text: string;
  latin: boolean;
}

/**
 * Runs to isolate inside Arabic text:
 * - number ranges ("2020–2021", "5.25–5.50%"): the bidi algorithm takes the dash between two
 *   numbers as right-to-left and would show "2021–2020";
 * - Latin names with a version number that follows them ("DDTL 2.0", "SOFR"), which would
 *   otherwise split around the number or drag the Arabic comma after them to the wrong side.
 */
const LTR_RUN = new RegExp(
  [
    String.raw`\d+(?:[.,]\d+)*%?(?:\s*[–-]\s*\d+(?:[.,]\d+)*%?)+`,
    String.raw`[A-Za-z][A-Za-z0-9]*(?:[ .&'’-]+[A-Za-z][A-Za-z0-9]*)*(?: \d+(?:\.\d+)*\b)?`
  ].join('|'),
  'g'
);

/**
 * Text split into left-to-right runs to isolate (`latin: true`) and the rest; joining the
 * pieces gives back the input. E.g. "قرب الصفر، 2020–2021" → ["قرب الصفر، ", "2020–2021"].
 */
export function isolateRuns(text: string): BidiPiece[] {
  const pieces: BidiPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), latin: false });
    pieces.push({ text: match[0], latin: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), latin: false });
  return pieces;
}

/** U+2060 WORD JOINER: no line break on either side. */
const JOINER = '\u2060';
/** A dash between two digits, with any spaces around it: the join of a range. */
const RANGE_DASH = /(?<=\d%?)\s*[–-]\s*(?=\d)/g;

/**
 * A range that never breaks across lines: the dash between two numbers is joined to both
 * ("5.25–5.50%" would otherwise wrap after the dash, and on a right-to-left line the lone
 * "–5.50%" reads as a negative number). Text that is not a range comes back unchanged.
 */
export function joinRanges(text: string): string {
  return text.replace(RANGE_DASH, (dash) => `${JOINER}${dash.trim()}${JOINER}`);
}
