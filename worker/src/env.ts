export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  /** "development" allows localhost origins and open sign-up; anything else is production. */
  ENVIRONMENT?: string;
  /** When set, `POST /v1/shops` needs `Authorization: Bearer <SIGNUP_TOKEN>`. */
  SIGNUP_TOKEN?: string;
}

export type AppEnv = { Bindings: Env; Variables: { shop: import('./db/shops.ts').Shop } };
