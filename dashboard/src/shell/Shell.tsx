// The signed-in frame: top bar, the screens' navigation, then the screen the URL hash names.
import type { Credentials } from '../api.ts';
import { TopBar } from '../components/TopBar.tsx';
import type { Language } from '../locales.ts';
import { NavBar } from './NavBar.tsx';
import { useRoute } from './route.ts';
import { findView, VIEWS } from './views.tsx';

interface Props {
  credentials: Credentials;
  onLanguage(language: Language): void;
  onSignOut(): void;
  onApiError(error: unknown): boolean;
  onCredentials(credentials: Credentials): void;
}

const IS_LOCAL = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);

export function Shell({ credentials, onLanguage, onSignOut, onApiError, onCredentials }: Props) {
  const route = useRoute();
  const listed = VIEWS.filter((view) => !view.hidden && (!view.devOnly || IS_LOCAL));
  const view = findView(route.view);
  const Screen = view.component;
  return (
    <div class="page">
      <TopBar shopId={credentials.shopId} onLanguage={onLanguage} onSignOut={onSignOut} />
      {listed.length > 1 ? <NavBar views={listed} current={view.id} /> : null}
      <Screen key={view.id} credentials={credentials} route={route} onApiError={onApiError} onCredentials={onCredentials} />
    </div>
  );
}
