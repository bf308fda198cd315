// The coaching specs (test/coaching/*.spec.ts) in one workerd: see test/support/specs.ts.
import { runSpecs } from './support/specs';

runSpecs(import.meta.glob('./coaching/*.spec.ts'));
