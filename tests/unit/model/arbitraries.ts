/** fast-check generators over the model's input space, shared by the property tests. */
import fc from 'fast-check';
import {
  DEFAULT_INPUTS,
  FIXED,
  SLIDERS,
  snapToStep,
  type InputId,
  type Inputs
} from '$lib/model/inputs';

/**
 * Property runs take a second or two; on a machine busy with other work they can take several
 * times longer, which must not fail them.
 */
export const PROPERTY_TIMEOUT = 60_000;

/** Any value a slider can take: a point of its grid min + k·step. */
export function sliderValue(id: InputId): fc.Arbitrary<number> {
  const s = SLIDERS.find((x) => x.id === id);
  if (!s) throw new Error(id);
  const steps = Math.round((s.max - s.min) / s.step);
  return fc
    .integer({ min: 0, max: steps })
    .map((k) => snapToStep(s.min + k * s.step, s.min, s.max, s.step));
}

/** Every slider anywhere on its track; fixed inputs at their defaults. */
export const sliderInputs: fc.Arbitrary<Inputs> = fc
  .record(
    Object.fromEntries(SLIDERS.map((s) => [s.id, sliderValue(s.id)])) as Record<
      InputId,
      fc.Arbitrary<number>
    >
  )
  .map((sliders) => ({ ...DEFAULT_INPUTS, ...sliders }));

/** Sliders anywhere, and every fixed input anywhere in its allowed range too. */
export const anyInputs: fc.Arbitrary<Inputs> = fc
  .tuple(
    sliderInputs,
    fc.record(
      Object.fromEntries(
        FIXED.map((f) => [
          f.id,
          f.integer
            ? fc.integer({ min: f.min, max: f.max })
            : fc.double({ min: f.min, max: f.max, noNaN: true, noDefaultInfinity: true })
        ])
      ) as Record<string, fc.Arbitrary<number>>
    )
  )
  .map(([s, fixed]) => ({ ...s, ...fixed }));
