/**
 * The reference chapters (methodology, glossary, sources) are closed disclosures. A reader who
 * follows a link into one (the contents, a glossary popover's "see the glossary", a citation
 * marker) must land on what the link names, open; and paper gets them all open.
 */

/** Opens every closed `<details>` around `target`, innermost last; returns whether any was. */
export function openAround(target: Element): boolean {
  let opened = false;
  for (let el: Element | null = target; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement && !el.open) {
      // A target in the summary itself (a chapter heading) opens its own disclosure too.
      el.open = true;
      opened = true;
    }
  }
  return opened;
}

/** The element a same-page link or the address's hash names, if any. */
function targetOf(hash: string): Element | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/**
 * Keeps the folds out of the reader's way: opens the ones a hash or an in-page link points
 * into (before the browser scrolls, so the target is laid out), and opens all for print,
 * closing again afterwards the ones the reader had closed. Links anywhere on the page count
 * (the contents bar is outside `root`); only targets inside `root` are opened. Returns the
 * clean-up.
 */
export function watchFolds(root: HTMLElement): () => void {
  const reveal = (hash: string) => {
    const target = targetOf(hash);
    if (target && root.contains(target) && openAround(target)) target.scrollIntoView();
  };
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (!link) return;
    const target = targetOf(link.getAttribute('href') ?? '');
    if (target && root.contains(target)) openAround(target);
  };
  const onHash = () => reveal(location.hash);
  let printed: HTMLDetailsElement[] = [];
  const beforePrint = () => {
    printed = [...root.querySelectorAll<HTMLDetailsElement>('details.fold:not([open])')];
    for (const d of printed) d.open = true;
  };
  const afterPrint = () => {
    for (const d of printed) d.open = false;
    printed = [];
  };
  reveal(location.hash);
  // Capture: the fold opens before the browser follows the link and scrolls.
  document.addEventListener('click', onClick, true);
  addEventListener('hashchange', onHash);
  addEventListener('beforeprint', beforePrint);
  addEventListener('afterprint', afterPrint);
  return () => {
    document.removeEventListener('click', onClick, true);
    removeEventListener('hashchange', onHash);
    removeEventListener('beforeprint', beforePrint);
    removeEventListener('afterprint', afterPrint);
  };
}
