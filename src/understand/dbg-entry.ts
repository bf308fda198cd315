export { understand } from './understand';
export { contextFor } from './table-score';
