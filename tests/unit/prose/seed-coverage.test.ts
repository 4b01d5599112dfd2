import { describe, expect, it } from 'vitest';
import { proseOf } from '$lib/prose/inline';
import { LANGS, stories, textsOf } from './fixtures';

/**
 * Each point of the seed article (xStation5, 2025-12-16) and the blocks that retell it.
 * The seed is credited in "seed-credit"; the wording here is ours.
 */
const SEED_POINTS: { point: string; blocks: string[] }[] = [
  {
    point: 'Tens of billions of market value lost within a few weeks',
    blocks: ['fig-mv-lost', 'fall-intro', 'leverage']
  },
  { point: 'Share price down by tens of percent', blocks: ['fall-scale'] },
  {
    point: 'Until recently seen as a pure play on generative AI; markets question the valuation',
    blocks: ['fall-intro', 'fall-scale', 'fall-cause']
  },
  {
    point: 'A warning for the whole sector: data centres, cloud providers, hardware makers',
    blocks: ['fall-why-matters']
  },
  {
    point: 'Data-centre construction delays, including the Denton, Texas site for OpenAI',
    blocks: ['delay-denton', 'delay-guidance', 'delays']
  },
  { point: 'The failed merger with Core Scientific', blocks: ['merger'] },
  { point: 'Criticism from short sellers, speeding capital outflows', blocks: ['shorts'] },
  {
    point: 'Business model: buy GPUs, rent compute to OpenAI, Microsoft and Meta',
    blocks: ['model-how', 'model-customers']
  },
  {
    point: 'Debt-financed investment drains cash flow and margins',
    blocks: ['model-cost-of-debt', 'debt']
  },
  {
    point: 'Investment growing faster than revenue feeds fears of an AI bubble',
    blocks: ['model-growth', 'bubble']
  },
  {
    point: 'Model works with cheap money and AI euphoria, risky with higher rates',
    blocks: ['cheap-money', 'rates-twice']
  },
  {
    point: 'Capacity grows faster than certainty that customers will use and pay for it',
    blocks: ['bubble', 'capacity']
  },
  {
    point: 'Rate cuts would ease credit and support investment and consumption',
    blocks: ['cheap-money', 'slot-rates']
  },
  {
    point: 'Not everyone gains: leaders of the investment race may benefit',
    blocks: ['winners']
  },
  { point: 'Less capital-intensive firms may soon face hard conditions', blocks: ['losers'] },
  { point: 'The seed is credited as the starting source', blocks: ['seed-credit'] }
];

describe('every point of the seed article is told in both languages', () => {
  it.each(SEED_POINTS)('$point', ({ blocks }) => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      for (const id of blocks) {
        const block = stories[lang].blocks.find((b) => b.id === id);
        expect(block, `${lang}: ${id}`).toBeDefined();
        const words = block ? textsOf(block).map(proseOf).join(' ').trim() : '';
        expect(words.length, `${lang}: ${id}`).toBeGreaterThan(0);
      }
    }
  });
});
