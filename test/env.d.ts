// Types for the test runtime: the Worker's bindings plus the migrations the setup applies, and the main module's exports.
declare namespace Cloudflare {
  type KindlingEnv = import('../src/env').Env;
  interface Env extends KindlingEnv {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
  interface GlobalProps {
    mainModule: typeof import('../src/index');
  }
}
