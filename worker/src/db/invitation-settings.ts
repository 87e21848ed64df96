import {
  DEFAULT_INVITATION_SETTINGS,
  type EmailSettingsInput,
  type InvitationSettings,
  type InvitationSettingsInput,
} from '../../../shared/invitations.ts';
import { toBase64Url } from '../domain/base64url.ts';

export interface MailProvider {
  provider: 'resend';
  apiKey: string;
  from: string;
}

/** A shop's invitation secrets and settings (made on first use). */
export interface InvitationConfig {
  shopId: string;
  tokenSecret: string;
  hashSalt: string;
  settings: InvitationSettings;
  email: MailProvider | null;
}

interface Row {
  shop_id: string;
  token_secret: string;
  hash_salt: string;
  settings: string;
  email_provider: 'resend' | null;
  email_api_key: string | null;
  email_from: string | null;
}

const randomSecret = () => toBase64Url(crypto.getRandomValues(new Uint8Array(32)));

export function toConfig(row: Row): InvitationConfig {
  const stored = JSON.parse(row.settings) as Partial<InvitationSettings>;
  return {
    shopId: row.shop_id,
    tokenSecret: row.token_secret,
    hashSalt: row.hash_salt,
    settings: { ...DEFAULT_INVITATION_SETTINGS, ...stored, delays: { ...DEFAULT_INVITATION_SETTINGS.delays, ...stored.delays } },
    email:
      row.email_provider && row.email_api_key && row.email_from
        ? { provider: row.email_provider, apiKey: row.email_api_key, from: row.email_from }
        : null,
  };
}

export async function invitationConfig(db: D1Database, shopId: string): Promise<InvitationConfig> {
  const row = await db
    .prepare(
      `INSERT INTO invitation_settings (shop_id, token_secret, hash_salt) VALUES (?, ?, ?)
       ON CONFLICT (shop_id) DO UPDATE SET shop_id = shop_id RETURNING *`,
    )
    .bind(shopId, randomSecret(), randomSecret())
    .first<Row>();
  if (!row) throw new Error('invitation settings vanished');
  return toConfig(row);
}

/** The settings of many shops at once (the cron's batch): one query. */
export async function invitationConfigs(db: D1Database, shopIds: string[]): Promise<Map<string, InvitationConfig>> {
  const configs = new Map<string, InvitationConfig>();
  for (let i = 0; i < shopIds.length; i += 50) {
    const chunk = shopIds.slice(i, i + 50);
    const { results } = await db
      .prepare(`SELECT * FROM invitation_settings WHERE shop_id IN (${chunk.map(() => '?').join(', ')})`)
      .bind(...chunk)
      .all<Row>();
    for (const row of results) configs.set(row.shop_id, toConfig(row));
  }
  return configs;
}

/** Applies the fields given; `email: null` removes the provider (and its key). */
export async function updateInvitationSettings(
  db: D1Database,
  shopId: string,
  input: { invitations?: InvitationSettingsInput | undefined; email?: EmailSettingsInput | undefined },
): Promise<InvitationConfig> {
  const current = await invitationConfig(db, shopId);
  const { delays, ...rest } = input.invitations ?? {};
  const definedRest = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  const settings: InvitationSettings = { ...current.settings, ...definedRest, delays: { ...current.settings.delays, ...delays } };
  const email = input.email === undefined ? current.email : input.email;
  await db
    .prepare(
      'UPDATE invitation_settings SET settings = ?, email_provider = ?, email_api_key = ?, email_from = ? WHERE shop_id = ?',
    )
    .bind(JSON.stringify(settings), email?.provider ?? null, email?.apiKey ?? null, email?.from ?? null, shopId)
    .run();
  return { ...current, settings, email };
}
