// The data layer's specs (src/db/*.spec.ts, each beside its module) in one workerd: see test/support/specs.ts.
import { runSpecs } from '../../test/support/specs';

runSpecs(import.meta.glob('./*.spec.ts'));
