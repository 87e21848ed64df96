import { plural } from '../../../shared/locales.ts';
import { useI18n } from './i18n.ts';

// Mirrors MAX_COMMENT_CHARS of shared/schemas.ts: importing a value from there would bring zod
// along (its module-level schema calls cannot be tree-shaken). The worker enforces the real limit.
const MAX_COMMENT_CHARS = 4000;

/** Shown once the shopper gets close to the limit, not as a constant distraction. */
const COUNTDOWN_FROM = 200;

interface CommentFieldProps {
  label: string;
  value: string;
  onInput: (comment: string) => void;
}

export function CommentField({ label, value, onInput }: CommentFieldProps) {
  const { locale, messages } = useI18n();
  const left = MAX_COMMENT_CHARS - value.length;
  const counting = left <= COUNTDOWN_FROM;
  return (
    <>
      <label for="comment" class="label">
        {label}
      </label>
      <textarea
        id="comment"
        rows={4}
        maxLength={MAX_COMMENT_CHARS}
        value={value}
        aria-describedby={counting ? 'comment-left' : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {counting && (
        <p id="comment-left" class="hint">
          {plural(locale, messages.charactersLeft, left)}
        </p>
      )}
    </>
  );
}
