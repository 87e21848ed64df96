// Types of the bindings the tests see in `cloudflare:test` / `cloudflare:workers`.
declare namespace Cloudflare {
  interface Env extends Omit<import('../../../worker/src/env.ts').Env, never> {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
    TIGHT_LIMIT: RateLimit;
  }
  interface GlobalProps {
    mainModule: typeof import('../../../worker/src/index.ts');
  }
}
