// Text the owner copies (an embed snippet, a new key): shown read-only and selectable, with a Copy button whose
// outcome is announced by the caller's status line.
import { useRef } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  value: string;
  copyLabel: string;
  hint?: string;
  rows?: number;
  onCopied(ok: boolean): void;
}

export function CopyBlock({ id, label, value, copyLabel, hint, rows = 2, onCopied }: Props) {
  const field = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      onCopied(true);
    } catch {
      field.current?.select();
      onCopied(document.execCommand?.('copy') ?? false);
    }
  };
  return (
    <div class="copy-block">
      <label id={`${id}-label`} for={id}>
        {label}
      </label>
      {hint && (
        <p class="muted small" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div class="copy-row">
        <textarea
          id={id}
          ref={field}
          readOnly
          rows={rows}
          value={value}
          spellcheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => (event.currentTarget as HTMLTextAreaElement).select()}
        />
        <button type="button" class="button" aria-describedby={`${id}-label`} onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
    </div>
  );
}
