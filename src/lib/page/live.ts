/**
 * Keeps the model's figures inside the story's prose, and the words around them, current. The
 * prose is built into the page (see islands.ts): each figure in it is a `<bdi data-live="key">`,
 * and each sentence whose wording depends on the model's state a `[data-state="key"]` holding
 * one `[data-when="case"]` per case, all but the true one hidden.
 */
import { afterRest } from '$lib/explorer/throttle';
import { formatLive, stateOf, type LiveKey, type StateKey } from '$lib/format/live';
import type { I18n } from '$lib/i18n/context';
import type { Result } from '$lib/model/schedule';
import { onColumnChange } from './column';
import { slicedPass } from './sizes';

/** How long after the last change the prose out of sight is brought up to date, ms. */
const CATCH_UP_MS = 250;

/**
 * The story's live figures and wordings, kept current the way a reader sees them. While a
 * slider is dragged (`held`, explorer/sliding.svelte.ts) no paragraph is rewritten, as the
 * charts' own sentences wait too: each is written when it comes near the screen, or when the
 * slider is let go. After that, and after a key press, while the page still counts as sliding
 * (`data-sliding`), the blocks on screen (and half a screen around) are written at once and
 * the rest when they come into view or once the sliders rest (CATCH_UP_MS). Any other change
 * (an address, a scenario, "Try it", reset) writes them all at once, and so does printing.
 * Returns the update and the cleanup.
 */
export function followModel(
  root: HTMLElement,
  i18n: I18n
): {
  update: (result: Result, held: boolean) => void;
  stop: () => void;
} {
  const blocks = new Map<Element, { figures: HTMLElement[]; states: HTMLElement[] }>();
  const blockOf = (el: HTMLElement): Element => el.closest('p, li, figure, td') ?? el;
  const entry = (el: HTMLElement) => {
    const block = blockOf(el);
    let b = blocks.get(block);
    if (!b) blocks.set(block, (b = { figures: [], states: [] }));
    return b;
  };
  for (const el of root.querySelectorAll<HTMLElement>('bdi[data-live]')) {
    // A figure inside a wording belongs with that wording's block, written with it.
    entry(el).figures.push(el);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-state]')) entry(el).states.push(el);

  let latest: Result | null = null;
  const near = new Set<Element>();
  const stale = new Set<Element>();
  const write = (block: Element) => {
    const b = blocks.get(block);
    if (!b || !latest) return;
    writeStates(b.states, latest);
    writeFigures(b.figures, i18n, latest);
    stale.delete(block);
  };
  const catchUp = () => {
    for (const block of [...stale]) write(block);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) {
          near.add(e.target);
          if (stale.has(e.target)) write(e.target);
        } else near.delete(e.target);
      }
    },
    { rootMargin: '50% 0px' }
  );
  for (const block of blocks.keys()) observer.observe(block);
  const rest = afterRest(CATCH_UP_MS, catchUp);
  addEventListener('beforeprint', catchUp);
  return {
    update(result, held) {
      latest = result;
      // Only a moving slider defers: a jump (an address, a scenario, "Try it") writes it all.
      const sliding = document.documentElement.hasAttribute('data-sliding');
      for (const block of blocks.keys()) {
        if (!held && (near.has(block) || !sliding)) write(block);
        else stale.add(block);
      }
      if (stale.size > 0) rest.call();
      else rest.cancel();
    },
    stop() {
      observer.disconnect();
      rest.cancel();
      removeEventListener('beforeprint', catchUp);
    }
  };
}

/** Writes each live figure in `figures` for `result`. */
function writeFigures(figures: Iterable<HTMLElement>, i18n: I18n, result: Result): void {
  for (const el of figures) {
    const text = formatLive(i18n, el.dataset.live as LiveKey, result);
    if (el.textContent === text) continue;
    // Rewriting the text node in place, not replacing it, spares a style recalc of the node.
    const only = el.firstChild;
    if (only instanceof Text && only === el.lastChild) only.data = text;
    else el.textContent = text;
  }
}

/** Shows, in each state sentence of `states`, the one wording `result` makes true. */
function writeStates(states: Iterable<HTMLElement>, result: Result): void {
  for (const el of states) {
    const current = stateOf(el.dataset.state as StateKey, result);
    for (const wording of el.children) {
      if (!(wording instanceof HTMLElement)) continue;
      const hidden = wording.dataset.when !== current;
      if (wording.hidden !== hidden) wording.hidden = hidden;
    }
  }
}

/**
 * Keeps room, under `root`, for every block whose wording follows the model: each paragraph
 * holding a state sentence is given the height its longest wordings take at the current
 * width (min-block-size, px), so that when a slider changes a sentence, the text below it,
 * the chart and the very slider the reader holds stay where they are. Measured again when
 * the column's width changes and once the fonts are in; `busy` hears when a pass starts and
 * ends. Returns the cleanup.
 */
export function reserveStateRoom(
  root: HTMLElement,
  busy: (measuring: boolean) => void
): () => void {
  const blocks = [
    ...new Set(
      [...root.querySelectorAll('[data-state]')]
        .map((el) => el.closest<HTMLElement>('p, li'))
        .filter((el): el is HTMLElement => el !== null)
    )
  ];
  for (const block of blocks) block.dataset.followsModel = '';
  // A block at a time, a few per task (sizes.ts), so start-up has no long task for this; and
  // in the same queue as the blocks' own measuring, which must see these rooms in place.
  const pass = slicedPass(blocks, reserve, busy);
  const stop = onColumnChange(root, pass.run);
  return () => {
    pass.stop();
    stop();
    for (const block of blocks) {
      block.style.minBlockSize = '';
      delete block.dataset.followsModel;
    }
  };
}

/**
 * Gives `block` the height (min-block-size, px) of the taller of its wordings as shown and its
 * longest wordings, measured at the current width.
 */
function reserve(block: HTMLElement): void {
  block.style.minBlockSize = '';
  const asShown = block.getBoundingClientRect().height;
  const shown = new Map<HTMLElement, boolean>();
  for (const state of block.querySelectorAll('[data-state]')) {
    const wordings = [...state.children].filter((c) => c instanceof HTMLElement);
    const longest = wordings.reduce((a, b) =>
      (b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a
    );
    for (const w of wordings) {
      shown.set(w, w.hidden === true);
      w.hidden = w !== longest;
    }
  }
  const longest = block.getBoundingClientRect().height;
  for (const [w, hidden] of shown) w.hidden = hidden;
  block.style.minBlockSize = `${Math.ceil(Math.max(asShown, longest))}px`;
}
