import { MAX_COMMENT_CHARS } from '../../../shared/limits.ts';
import { plural } from '../../../shared/locales.ts';
import { useI18n } from './i18n.ts';

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
