// Study sampling (issue 17): before an automatic ask, the shop's public config (GET …/config, cached by the
// browser for minutes) says whether this page view asks: pages of the segment under study always do, others at
// their touchpoint's rate. Only called where the widget would ask anyway; if the config is unreachable, it asks.
import type { WidgetConfig } from '../../shared/audit.ts';
import type { WidgetOptions } from './options.ts';

export const sampled = (o: WidgetOptions): Promise<unknown> =>
  fetch(`${o.apiBase}/v1/shops/${o.shopId}/config`)
    .then((response) => response.json())
    .then(
      (c: WidgetConfig) =>
        (o.segment && c.studySegment == o.segment) || Math.random() < (c.sampling[o.touchpoint || 'post_purchase'] ?? 1),
      () => 1,
    );
