/** The scenarios of the figures table: the defaults, three stress states and two presets. */
import { DEFAULT_INPUTS, type Inputs } from '$lib/model/inputs';

/** Name and inputs of each column of the figures table. */
export const STRESS_STATES: readonly [string, Inputs][] = [
  ['defaults', DEFAULT_INPUTS],
  ['12-month delay', { ...DEFAULT_INPUTS, delay: 12 }],
  ['20%/yr price decline', { ...DEFAULT_INPUTS, priceDecline: 20 }],
  ['3-year life', { ...DEFAULT_INPUTS, life: 3 }],
  ['credit squeeze (spread 13)', { ...DEFAULT_INPUTS, spread: 13 }],
  ['late 2025 ($1.70/h)', { ...DEFAULT_INPUTS, price: 1.7 }]
];
