// One polite live region for what just happened (figures loaded, an item resolved). Always in the DOM, so
// screen readers announce changes to it; shown as a small line for sighted users too.
export function LiveStatus({ message }: { message: string }) {
  return (
    <p class="live-status" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
