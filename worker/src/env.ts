import type { Shop } from './db/shops.ts';

export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  /** Answers per shopper (shop + salted hash of the IP) per minute. */
  SHOPPER_LIMIT: RateLimit;
  /** Answers per shop per minute, whoever sends them. */
  SHOP_LIMIT: RateLimit;
  /** "development" allows localhost origins; anything else is production. */
  ENVIRONMENT?: string;
  /** When set, `POST /v1/shops` needs `Authorization: Bearer <SIGNUP_TOKEN>`. */
  SIGNUP_TOKEN?: string;
  /** Secret salt for hashing shoppers' IP addresses (the raw IP is never stored or logged). */
  IP_SALT?: string;
  /** The worker's public URL (e.g. https://api.opinia.example): used in `embed` and the OpenAPI `servers` instead of the Host header. */
  PUBLIC_URL?: string;
  /** Base URL of the Resend API (default https://api.resend.com); tests point it at a local fake. */
  RESEND_API_URL?: string;
  /** Invitation e-mails or webhooks one cron run may send (each is a subrequest); default 450. */
  INVITATION_SENDS_PER_RUN?: string;
}

export type AppEnv = {
  Bindings: Env;
  Variables: {
    shop: Shop;
    /** Salted hash of the caller's IP address, set by `rateLimit`. */
    clientHash: string;
  };
};
