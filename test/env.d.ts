// Types for the test runtime: the Worker's generated bindings (worker-configuration.d.ts) plus the migrations the setup applies.
declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}
