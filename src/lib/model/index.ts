/** Public API of the GPU-cloud financial model: pure functions, no DOM, no framework. */
export * from './finance';
export * from './inputs';
export * from './params';
export * from './run';
export * from './summary';
export * from './grid';
