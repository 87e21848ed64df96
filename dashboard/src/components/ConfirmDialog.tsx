// A modal confirmation on the native <dialog> (showModal): the page behind is inert, focus starts on the safe
// choice (Cancel), Escape cancels, and focus goes back to the button that opened it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  open: boolean;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
  children: ComponentChildren;
}

export function ConfirmDialog({ open, title, confirmLabel, cancelLabel, busy, onConfirm, onCancel, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      const opener = document.activeElement as HTMLElement | null;
      element.showModal();
      cancel.current?.focus();
      return () => {
        if (element.open) element.close();
        opener?.focus();
      };
    }
  }, [open]);
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby="confirm-dialog-title"
      aria-describedby="confirm-dialog-body"
      onCancel={(event) => {
        event.preventDefault(); // Escape: the owner's state decides, so the dialog closes through `open`
        if (!busy) onCancel();
      }}
    >
      <h2 id="confirm-dialog-title">{title}</h2>
      <div id="confirm-dialog-body">{children}</div>
      <div class="confirm-dialog-actions">
        <button type="button" class="button" ref={cancel} disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" class="button button-danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
