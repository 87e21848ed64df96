// One settings section: a region named by its heading, its own form and Save button (each section saves alone).
import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n.tsx';
import { SETTINGS_TEXTS } from './texts.ts';

interface Props {
  id: string;
  title: string;
  intro?: string;
  busy?: boolean;
  /** Without it the section has no form of its own (its parts have theirs). */
  onSubmit?(): void;
  children: ComponentChildren;
}

export function Section({ id, title, intro, busy = false, onSubmit, children }: Props) {
  const { language } = useI18n();
  const t = SETTINGS_TEXTS[language];
  return (
    <section class="panel settings-section" aria-labelledby={`${id}-heading`} data-section={id}>
      <div class="panel-head">
        <h2 id={`${id}-heading`} tabIndex={-1}>
          {title}
        </h2>
      </div>
      {intro && <p class="muted small settings-intro">{intro}</p>}
      {onSubmit ? (
        <form
          class="settings-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {children}
          <div>
            <button type="submit" class="button button-primary" disabled={busy}>
              {busy ? t.saving : t.save}
            </button>
          </div>
        </form>
      ) : (
        children
      )}
    </section>
  );
}

/** A field's error below it, tied to the field with aria-describedby. */
export const FieldError = ({ id, text }: { id: string; text: string | null }) =>
  text ? (
    <p id={id} class="field-error">
      {text}
    </p>
  ) : null;
