import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ResponseInput } from '../../../shared/schemas.ts';
import { canonicalLocale, newClientId, postResponse, responsesUrl } from '../api.ts';
import type { WidgetOptions } from '../options.ts';
import { clientIdKey, outboxKey, save, SENT_EVENT } from '../outbox.ts';
import { markAnswered, store } from '../triggers.ts';

export type Answer = Pick<ResponseInput, 'rating' | 'nps' | 'comment'>;
/** `saved`: sending failed for now (offline, timeout, 5xx), the answer waits in the outbox (../outbox.ts). */
export type Phase = 'editing' | 'sending' | 'sent' | 'saved' | 'failed';

/**
 * Sends the shopper's answer. One clientId per widget instance: every retry — ky's own and the
 * shopper's "Try again" — carries the same id, so the worker never stores the answer twice.
 */
export function useSubmission(options: WidgetOptions) {
  const clientId = useMemo(newClientId, []);
  const [phase, setPhase] = useState<Phase>('editing');
  const inFlight = useRef(false);
  // When the form was shown: the worker refuses answers faster than people can type (elapsedMs).
  const shownAt = useMemo(() => Date.now(), []);
  /** The stored answer's id, for the review invitation's log. */
  const [responseId, setResponseId] = useState<string>();

  // The loader sends saved answers (on `online`, on the next page view) and says when ours is settled.
  useEffect(() => {
    if (phase !== 'saved') return;
    const settled = (event: Event) => {
      const [id, stored] = (event as CustomEvent<[string, boolean]>).detail;
      if (id === clientId) setPhase(stored ? 'sent' : 'failed');
    };
    addEventListener(SENT_EVENT, settled);
    return () => removeEventListener(SENT_EVENT, settled);
  }, [phase]);

  /**
   * Resolves with the error code of a refusal that resending cannot fix (a 4xx other than 408/429, never queued):
   * `spam_suspected` and `payload_too_large` put the form back (phase `editing`), any other is `failed`.
   */
  async function send(answer: Answer): Promise<string | void> {
    if (inFlight.current) return;
    inFlight.current = true;
    setPhase('sending');
    const input: ResponseInput = {
      clientId,
      kind: 'experience', // data-mode="review" is the reviews chunk's form (../reviews/form.ts)
      touchpoint: options.touchpoint,
      ...answer,
      locale: canonicalLocale(options.locale),
      orderId: options.orderId,
      productId: options.productId,
      customerRef: options.customerRef || options.customer,
      segment: options.segment,
      website: '', // the honeypot: people never fill it
      elapsedMs: Date.now() - shownAt,
    };
    // An answer sent or kept for later that may become a complaint (low score, or words that may be): its clientId
    // stays in this browser, so that the reply card (../reply/mount.ts) finds the shop's reply on a later page view.
    // A refused answer leaves nothing behind.
    const remember = () => {
      if ((answer.rating ?? 5) < 4 || (answer.nps ?? 10) < 7 || answer.comment) store(clientIdKey(options.shopId), clientId);
    };
    const keep = () => {
      remember();
      markAnswered(options);
      save(outboxKey(options.shopId), {
        u: responsesUrl(options.apiBase, options.shopId),
        b: JSON.stringify(input),
        i: clientId,
      });
      setPhase('saved');
    };
    try {
      if (!navigator.onLine) return keep(); // no point in waiting for ky's retries
      const created = await postResponse(options.apiBase, options.shopId, input);
      remember();
      // Never asked again about this order, from the moment the thank-you can show: not in an effect after the paint,
      // which a page left at once (a link, a reload) would never run.
      markAnswered(options, created.id);
      setResponseId(created.id);
      setPhase('sent');
    } catch (error) {
      const response = (error as { response?: Response }).response;
      const status = response?.status ?? 0;
      // Offline, timeout, 408, 429, 5xx: it may work later. Another 4xx never will: nothing is stored.
      if (!status || status >= 500 || status === 408 || status === 429) return keep();
      const refusal = ((await response!.json().catch(() => 0)) as { error?: { code?: string } })?.error;
      const code = refusal?.code ?? '';
      // For the shop owner: a 4xx (an unknown data-shop or data-touchpoint …) explains itself in the body.
      console.error(`Opinia: the answer could not be sent (${status} ${code}): ${JSON.stringify(refusal)}`);
      setPhase(code === 'spam_suspected' || code === 'payload_too_large' ? 'editing' : 'failed');
      return code;
    } finally {
      inFlight.current = false;
    }
  }

  return { phase, send, responseId };
}
