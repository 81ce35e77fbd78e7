export { applyReview, categorise, CONFIDENCE_THRESHOLD, type Review } from './categorisation.engine';
export type * from './categorisation.types';
