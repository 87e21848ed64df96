// The reviews chunk (data-mode="reviews"): loaded by widget.js only on pages that show a product's reviews; also by the
// gate chunk for data-mode="review", which shows its form alone.
import { adoptStyles } from '../adopt-styles.ts';
import type { MountWidget } from '../options.ts';
import { applyScheme } from '../scheme.ts';
import { createCtx } from './context.ts';
import { h } from './dom.ts';
import { injectJsonLd } from './jsonld.ts';
import { createList } from './list.ts';
import css from './reviews.css?inline';

export const mount: MountWidget = (root, options) => {
  adoptStyles(root, css);
  applyScheme(root, options.theme);
  const ctx = createCtx(options);
  // data-mode="review" (through the gate chunk): the same "Write a review" form, alone, without the list.
  if (options.mode == 'review')
    return void import('./form.ts').then((form) =>
      root.append(
        h(
          'section',
          { class: 'card review', lang: ctx.locale },
          form.createForm(ctx, () => {}),
        ),
      ),
    );
  const list = createList(ctx);
  const refresh = () => {
    void list.reload();
    void injectJsonLd(options, ctx.productId);
  };
  // On screen once the summary is in; the page of reviews, then the form (built only then), each in tasks of their
  // own, only ever go below what is already shown, so nothing on screen moves.
  const section = h('section', { class: 'card reviews', lang: ctx.locale }, list.element);
  // The form is a chunk of its own (widget-reviews-form), fetched while the first page of reviews loads.
  const form = import('./form.ts');
  void list
    .reload(() => section.parentNode || root.append(section))
    .then(async (loaded) => loaded && section.append((await form).createForm(ctx, refresh)));
  void injectJsonLd(options, ctx.productId);
};
