import { plural } from '../../../shared/locales.ts';
import { useI18n } from './i18n.ts';
import { RadioGroup } from './RadioGroup.tsx';

const STARS = [1, 2, 3, 4, 5] as const;

interface StarRatingProps {
  value: number | undefined;
  onChange: (rating: number) => void;
}

/** 1–5 stars as a labelled radio group; the stars up to the chosen one are filled. */
export function StarRating({ value, onChange }: StarRatingProps) {
  const { locale, messages } = useI18n();
  return (
    <>
      <p id="rating-label" class="label">
        {messages.ratingLabel}
      </p>
      <RadioGroup
        class="stars"
        labelledBy="rating-label"
        values={STARS}
        value={value}
        onChange={onChange}
        optionLabel={(stars) => plural(locale, messages.stars, stars)}
        renderOption={(stars) => (
          // Outline and fill use currentColor, so the stars stay visible in forced-colors mode.
          <svg class={value !== undefined && stars <= value ? 'star on' : 'star'} viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9z" />
          </svg>
        )}
      />
    </>
  );
}
