// The inbound specs (test/inbound/*.spec.ts) in one workerd: see test/support/specs.ts.
import { runSpecs } from './support/specs';

runSpecs(import.meta.glob('./inbound/*.spec.ts'));
