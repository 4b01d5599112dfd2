/** A chart's figures as a table: what a spec returns and DataTable renders. */

/**
 * A cell: its text, with an optional note on a line below (e.g. "2 months of construction"),
 * and the language of its text when it is not the page's (publishers' names on the Arabic page).
 */
export type Cell = string | { text: string; note?: string; lang?: string };

/** One row: a header cell, a note beside it ("(your rate)") and the data cells. */
export interface TableRow {
  head: string;
  note?: string;
  cells: Cell[];
  /** The reader's own row, set in bold. */
  current?: boolean;
}

/** A table of a chart's figures. */
export interface TableSpec {
  caption: string;
  /** Column headings, the row-header column first. */
  columns: string[];
  rows: TableRow[];
}
