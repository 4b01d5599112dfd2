import type { Block } from './types';

/** Every text field of a block that may carry inline markup, in reading order. */
export function textsOf(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'pullquote':
    case 'interactive':
    case 'note':
      return [block.text];
    case 'figure':
      return [block.label];
    case 'list':
      return block.items;
    case 'section':
      return [];
  }
}
