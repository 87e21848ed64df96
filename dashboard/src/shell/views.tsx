// Every screen of the dashboard, in the order of the navigation. A screen is one component in its own folder;
// adding one is one entry here (its label in en/pl/cs travels with it, so locales.ts stays untouched).
import type { ComponentType } from 'preact';
import type { Credentials } from '../api.ts';
import { Dashboard } from '../components/Dashboard.tsx';
import type { Language } from '../locales.ts';
import type { Route } from './route.ts';

export interface ViewProps {
  credentials: Credentials;
  route: Route;
  /** Call with any failed API call; returns true when it sent the owner back to the key form. */
  onApiError(error: unknown): boolean;
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
];

export function findView(id: string): ViewDefinition {
  return VIEWS.find((view) => view.id === id) ?? VIEWS[0]!;
}
