// The understanding specs (test/understanding/*.spec.ts) in one workerd: see test/support/specs.ts.
import { runSpecs } from './support/specs';

runSpecs(import.meta.glob('./understanding/*.spec.ts'));
