// Every screen of the dashboard, in the order of the navigation. A screen is one component in its own folder;
// adding one is one entry here (its label in en/pl/cs travels with it, so locales.ts stays untouched).
import type { ComponentType } from 'preact';
import type { Credentials } from '../api.ts';
import { Dashboard } from '../components/Dashboard.tsx';
import { ModerationScreen } from '../moderation/ModerationScreen.tsx';
import { ExportScreen } from '../export/ExportScreen.tsx';
import { SettingsScreen } from '../settings/SettingsScreen.tsx';
import { InvitationsView } from '../invitations/InvitationsView.tsx';
import { MailboxView } from '../mailbox/MailboxView.tsx';
import { CustomerScreen } from '../customers/CustomerScreen.tsx';
import { AuditScreen } from '../audit/AuditScreen.tsx';
import type { Language } from '../locales.ts';
import type { Route } from './route.ts';

export interface ViewProps {
  credentials: Credentials;
  route: Route;
  /** Call with any failed API call; returns true when it sent the owner back to the key form. */
  onApiError(error: unknown): boolean;
  /** After the owner key was rotated: the dashboard goes on with the new key. */
  onCredentials(credentials: Credentials): void;
}

export interface ViewDefinition {
  id: string;
  label: Record<Language, string>;
  component: ComponentType<ViewProps>;
  /** Shown only when the worker runs locally (`npm start`), e.g. the dev mailbox. */
  devOnly?: boolean;
  /** Reachable by link (a customer's timeline) but not listed in the navigation. */
  hidden?: boolean;
}

export const VIEWS: ViewDefinition[] = [
  { id: 'overview', label: { en: 'Overview', pl: 'Przegląd', cs: 'Přehled' }, component: Dashboard },
  { id: 'moderation', label: { en: 'Moderation', pl: 'Moderacja', cs: 'Moderace' }, component: ModerationScreen },
  { id: 'audit', label: { en: 'Audit', pl: 'Audyt', cs: 'Audit' }, component: AuditScreen },
  { id: 'export', label: { en: 'Export', pl: 'Eksport', cs: 'Export' }, component: ExportScreen },
  { id: 'settings', label: { en: 'Settings', pl: 'Ustawienia', cs: 'Nastavení' }, component: SettingsScreen },
  { id: 'customers', label: { en: 'Customers', pl: 'Klienci', cs: 'Zákazníci' }, component: CustomerScreen },
  { id: 'invitations', label: { en: 'Invitations', pl: 'Zaproszenia', cs: 'Pozvánky' }, component: InvitationsView },
  { id: 'mailbox', label: { en: 'Mailbox', pl: 'Skrzynka', cs: 'Schránka' }, component: MailboxView, devOnly: true },
];

export function findView(id: string): ViewDefinition {
  return VIEWS.find((view) => view.id === id) ?? VIEWS[0]!;
}
