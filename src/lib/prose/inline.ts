/**
 * The inline markup of story text, kept deliberately tiny so writers in both languages can
 * use it without tooling:
 *
 * - `[words](term:<glossary id>)` — words that open a glossary definition in place;
 * - `{fact:<fact id>}` — a sourced figure, formatted per language, with its citation;
 * - `{cite:<source id>}` — a citation marker after a claim;
 * - `{live:<key>}` — a figure computed by the model from the reader's settings;
 * - `{state:<key>}` or `{state:<key>.<name>}` — words chosen by the state the model is in
 *   (`STATES` in `$lib/format/live`), one wording per case in `content/<lang>/states.json`.
 *
 * Anything that does not match exactly stays literal text; content tests then flag stray
 * brackets, so a typo fails a test instead of silently vanishing from the page.
 */
import { LIVE_KEYS, stateKeyOf, type LiveKey, type StateKey } from '$lib/format/live';

export interface TextNode {
  type: 'text';
  text: string;
}

export interface TermNode {
  type: 'term';
  /** Glossary id. */
  id: string;
  /** The words shown in the running text. */
  text: string;
}

export interface FactNode {
  type: 'fact';
  /** Fact id in `content/facts.json`. */
  id: string;
}

export interface CiteNode {
  type: 'cite';
  /** Source id in `content/sources/story.json`. */
  id: string;
}

export interface LiveNode {
  type: 'live';
  key: LiveKey;
}

export interface StateNode {
  type: 'state';
  /** The entry in `content/<lang>/states.json`: a state key, or key.name. */
  id: string;
  key: StateKey;
}

export type Inline = TextNode | TermNode | FactNode | CiteNode | LiveNode | StateNode;

/** Ids are short kebab-case ASCII: they double as keys in JSON and as URL fragments. */
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * One pattern with an alternative per token kind; the capture groups are, in order:
 * term words, term id, fact-or-cite kind, fact-or-cite id, live key, state id.
 */
const TOKEN = new RegExp(
  `\\[([^\\[\\]]+)\\]\\(term:(${ID})\\)|\\{(fact|cite):(${ID})\\}|\\{live:([A-Za-z][A-Za-z0-9]*)\\}|\\{state:([a-z][A-Za-z0-9]*(?:\\.${ID})?)\\}`,
  'g'
);

const LIVE_SET: ReadonlySet<string> = new Set(LIVE_KEYS);

function isLiveKey(key: string): key is LiveKey {
  return LIVE_SET.has(key);
}

/**
 * Splits a text field into inline nodes (text, term, fact, cite, live, state) in reading order.
 * Adjacent literal text is merged into one node and empty text nodes are dropped; a
 * `{live:…}` or `{state:…}` token with an unknown key is kept as literal text.
 */
export function parseInline(text: string): Inline[] {
  const nodes: Inline[] = [];
  const pushText = (s: string): void => {
    if (s === '') return;
    const last = nodes[nodes.length - 1];
    if (last?.type === 'text') last.text += s;
    else nodes.push({ type: 'text', text: s });
  };

  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    pushText(text.slice(at, start));
    at = start + m[0].length;
    const [, words, termId, kind, refId, liveKey, stateId] = m;
    const stateKey = stateId === undefined ? undefined : stateKeyOf(stateId);
    if (words !== undefined && termId !== undefined) {
      nodes.push({ type: 'term', id: termId, text: words });
    } else if (kind !== undefined && refId !== undefined) {
      nodes.push(kind === 'fact' ? { type: 'fact', id: refId } : { type: 'cite', id: refId });
    } else if (liveKey !== undefined && isLiveKey(liveKey)) {
      nodes.push({ type: 'live', key: liveKey });
    } else if (stateId !== undefined && stateKey !== undefined) {
      nodes.push({ type: 'state', id: stateId, key: stateKey });
    } else {
      pushText(m[0]);
    }
  }
  pushText(text.slice(at));
  return nodes;
}

/** The references a text makes, each list in order of first appearance without repeats. */
export interface InlineRefs {
  terms: string[];
  facts: string[];
  cites: string[];
  lives: LiveKey[];
  /** `{state:…}` ids. */
  states: string[];
}

/** Lists the glossary terms, facts, sources and live keys a text field refers to. */
export function inlineRefs(text: string): InlineRefs {
  const terms = new Set<string>();
  const facts = new Set<string>();
  const cites = new Set<string>();
  const lives = new Set<LiveKey>();
  const states = new Set<string>();
  for (const node of parseInline(text)) {
    if (node.type === 'term') terms.add(node.id);
    else if (node.type === 'fact') facts.add(node.id);
    else if (node.type === 'cite') cites.add(node.id);
    else if (node.type === 'live') lives.add(node.key);
    else if (node.type === 'state') states.add(node.id);
  }
  return {
    terms: [...terms],
    facts: [...facts],
    cites: [...cites],
    lives: [...lives],
    states: [...states]
  };
}

/**
 * The words a reader sees in a text field, with every token removed and glossary terms
 * kept as their words: the part a writer typed by hand, which content tests check for
 * stray digits, Latin words and copied sentences.
 */
export function proseOf(text: string): string {
  return parseInline(text)
    .map((node) => (node.type === 'text' || node.type === 'term' ? node.text : ' '))
    .join('');
}
