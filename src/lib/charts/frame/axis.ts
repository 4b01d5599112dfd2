/** What both axes take: a scale, how to write a tick's value, and the tick values to draw. */
export interface AxisProps {
  scale: (value: number) => number;
  format: (value: number) => string;
  /** Chosen by the chart's spec (see fitTicks). */
  values: readonly number[];
}
