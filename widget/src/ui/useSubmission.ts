import { useMemo, useRef, useState } from 'preact/hooks';
import type { ResponseInput } from '../../../shared/schemas.ts';
import { canonicalLocale, newClientId, postResponse } from '../api.ts';
import type { WidgetOptions } from '../options.ts';

export type Answer = Pick<ResponseInput, 'rating' | 'nps' | 'comment'>;
export type Phase = 'editing' | 'sending' | 'sent' | 'failed';

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

  async function send(answer: Answer): Promise<void> {
    if (inFlight.current) return;
    inFlight.current = true;
    setPhase('sending');
    try {
      const created = await postResponse(options.apiBase, options.shopId, {
        clientId,
        kind: options.mode === 'review' ? 'review' : 'experience',
        touchpoint: options.touchpoint,
        ...answer,
        locale: canonicalLocale(options.locale),
        orderId: options.orderId,
        productId: options.productId,
        customerRef: options.customerRef,
        segment: options.segment,
        website: '', // the honeypot: people never fill it
        elapsedMs: Date.now() - shownAt,
      });
      setResponseId(created.id);
      setPhase('sent');
    } catch (error) {
      // For the shop owner: a 4xx (say, an unknown data-touchpoint) explains itself in the body.
      const response = (error as { response?: Response }).response;
      console.warn('Opinia: the answer could not be sent', response ? await response.text().catch(() => error) : error);
      setPhase('failed');
    } finally {
      inFlight.current = false;
    }
  }

  return { phase, send, responseId };
}
