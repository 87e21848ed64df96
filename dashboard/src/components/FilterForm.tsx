// Period, touchpoint, answer language, segment and product: edited as a draft, applied together. On a phone the
// form folds behind a "Filters (n)" button (closed at first, so the figures come first) with the applied filters
// in one line beside it; wider screens show the form as it is. Under each date input (which follows the browser's
// locale) the day is written in the dashboard's language (DateField, DayHint).
import { useEffect, useRef, useState } from 'preact/hooks';
import { NO_FILTERS, type Filters } from '../api.ts';
import { ANSWER_LANGUAGES, TOUCHPOINT_ORDER } from '../constants.ts';
import { useI18n } from '../i18n.tsx';
import { activeFilterCount, filterSummary } from '../overview/filter-summary.ts';
import { OVERVIEW_TEXTS } from '../overview/texts.ts';
import { DateField } from './DateField.tsx';

interface Props {
  filters: Filters;
  /** The period the API chose when none was given, shown as the starting values. */
  defaults: { from: string; to: string } | null;
  onApply(filters: Filters): void;
}

export function FilterForm({ filters, defaults, onApply }: Props) {
  const { language, t } = useI18n();
  const o = OVERVIEW_TEXTS[language];
  const [draft, setDraft] = useState<Filters>(filters);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => setDraft(filters), [filters]);
  const value = (name: keyof Filters) => draft[name] || (name === 'from' || name === 'to' ? (defaults?.[name] ?? '') : '');
  const set = (name: keyof Filters) => (event: { currentTarget: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [name]: event.currentTarget.value.trim() }));

  // On a phone (the button shows) the form folds again once applied, and focus goes back to its button.
  const folding = () => toggle.current !== null && toggle.current.offsetParent !== null;
  const fold = () => {
    if (!folding()) return;
    setOpen(false);
    toggle.current?.focus();
  };
  const submit = (event: Event) => {
    event.preventDefault();
    onApply({ ...draft, from: value('from'), to: value('to') });
    fold();
  };
  const count = activeFilterCount(filters, new Date().toISOString().slice(0, 10));

  return (
    <div class={open ? 'filter-panel is-open' : 'filter-panel'}>
      <div class="filter-toggle">
        <button
          ref={toggle}
          type="button"
          class="button"
          aria-expanded={open}
          aria-controls="filters-form"
          aria-describedby="filters-summary"
          data-filter-toggle
          onClick={() => setOpen(!open)}
        >
          {count ? `${t.filters.heading} (${count})` : t.filters.heading}
        </button>
        <p id="filters-summary" class="filter-summary small" data-filter-summary>
          {filterSummary(language, t, o, filters, defaults)}
        </p>
      </div>
      <form id="filters-form" class="filters" onSubmit={submit} aria-labelledby="filters-heading">
        <h2 id="filters-heading" class="sr-only">
          {t.filters.heading}
        </h2>
        <DateField
          id="filter-from"
          label={t.filters.from}
          name="from"
          value={value('from')}
          max={value('to') || undefined}
          onInput={set('from')}
          day={value('from')}
        />
        <DateField
          id="filter-to"
          label={t.filters.to}
          name="to"
          value={value('to')}
          min={value('from') || undefined}
          onInput={set('to')}
          day={value('to')}
        />
        <div class="field">
          <label for="filter-touchpoint">{t.filters.touchpoint}</label>
          <select id="filter-touchpoint" name="touchpoint" value={draft.touchpoint} onChange={set('touchpoint')}>
            <option value="">{t.filters.any}</option>
            {TOUCHPOINT_ORDER.map((tp) => (
              <option key={tp} value={tp}>
                {t.touchpointNames[tp]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-locale">{t.filters.locale}</label>
          <select id="filter-locale" name="locale" value={draft.locale} onChange={set('locale')}>
            <option value="">{t.filters.any}</option>
            {ANSWER_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t.languageNames[code]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-kind">{o.kind}</label>
          <select id="filter-kind" name="kind" value={draft.kind} onChange={set('kind')}>
            <option value="">{t.filters.any}</option>
            <option value="experience">{o.kinds.experience}</option>
            <option value="review">{o.kinds.review}</option>
          </select>
        </div>
        <div class="field">
          <label for="filter-segment">{t.filters.segment}</label>
          <input
            id="filter-segment"
            name="segment"
            value={draft.segment}
            placeholder={t.filters.segmentHint}
            spellcheck={false}
            onInput={set('segment')}
          />
        </div>
        <div class="field">
          <label for="filter-productId">{t.filters.productId}</label>
          <input
            id="filter-productId"
            name="productId"
            value={draft.productId}
            placeholder={t.filters.productHint}
            spellcheck={false}
            onInput={set('productId')}
          />
        </div>
        <div class="filter-actions">
          <button type="submit" class="button button-primary">
            {t.filters.apply}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              onApply(NO_FILTERS);
              fold();
            }}
          >
            {t.filters.reset}
          </button>
        </div>
      </form>
    </div>
  );
}
