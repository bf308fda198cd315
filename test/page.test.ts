// The page specs (test/page/*.spec.ts) in one workerd: see test/support/specs.ts.
import { runSpecs } from './support/specs';

runSpecs(import.meta.glob('./page/*.spec.ts'));
