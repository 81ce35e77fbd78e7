export { categorise, CONFIDENCE_THRESHOLD } from './categorisation.engine';
export { applyReview, type Review } from './review';
export type * from './categorisation.types';
