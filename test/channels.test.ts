// The channels specs (test/channels/*.spec.ts) in one workerd: see test/support/specs.ts.
import { runSpecs } from './support/specs';

runSpecs(import.meta.glob('./channels/*.spec.ts'));
