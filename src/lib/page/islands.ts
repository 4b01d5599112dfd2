/**
 * The island protocol the page shares with the build. The page renders a marker where a
 * stretch of prose goes (`Island.svelte`); the build renders the prose (`$lib/prose/islands`)
 * and writes it in place of each marker. In the browser, `{@html}` adopts the markup it finds
 * while hydrating and, since the marker never changes, never touches it again: the prose is
 * not shipped twice.
 */

/** The marker for island `id`: 'head', a block id, or tryIsland(blockId). */
export function islandMarker(id: string): string {
  return `<!--island:${id}-->`;
}

/** Every marker in a page; the first group is the island id. */
export const ISLAND_MARKER = /<!--island:([\w:-]+)-->/g;

/** The island holding an interactive block's invitation ("Drag utilisation down…"). */
export function tryIsland(blockId: string): string {
  return `${blockId}:try`;
}
