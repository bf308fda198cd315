// The sending specs (test/sending/*.spec.ts) in one workerd: see test/support/specs.ts.
import { runSpecs } from './support/specs';

runSpecs(import.meta.glob('./sending/*.spec.ts'));
