import { useEffect, useState } from 'preact/hooks';
import { CommentField } from './CommentField.tsx';
import { useI18n } from './i18n.ts';
import { NpsScale } from './NpsScale.tsx';
import { StarRating } from './StarRating.tsx';
import type { Answer } from './useSubmission.ts';

interface AnswerFormProps {
  busy: boolean;
  onSubmit: (answer: Answer) => void;
  /** Called with the reason when the answer is not complete enough to send, and with '' once it is. */
  onProblem: (reason: string) => void;
}

/**
 * The experience form: stars, 0–10 and an optional comment (any one is enough). data-mode="review" is the reviews
 * chunk's form (../reviews/form.ts), loaded by the gate chunk: the same fields and messages as under the reviews.
 */
export function AnswerForm({ busy, onSubmit, onProblem }: AnswerFormProps) {
  const { messages } = useI18n();
  const [rating, setRating] = useState<number>();
  const [nps, setNps] = useState<number>();
  const [comment, setComment] = useState('');
  // Built in three steps, each in a task of its own after a paint, so that none is a long task on the shop's main
  // thread; each step only adds below what is there, so nothing on screen moves.
  const [step, setStep] = useState(1);
  useEffect(() => void (step < 3 && setTimeout(setStep, 0, step + 1)), [step]);

  const answer: Answer = { rating, nps, comment: comment.trim() || undefined };
  const problem = rating === undefined && nps === undefined && !answer.comment && messages.answerRequired;
  // A stale "Please choose a rating…" goes as soon as the answer can be sent.
  useEffect(() => void (problem || onProblem('')), [!problem]);

  function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (problem) onProblem(problem);
    else onSubmit(answer);
  }

  return (
    <form aria-labelledby="title" noValidate onSubmit={submit}>
      <h2 id="title">{messages.experienceTitle}</h2>
      <StarRating value={rating} onChange={setRating} />
      {step > 1 && <NpsScale value={nps} onChange={setNps} />}
      {step > 2 && (
        <>
          <CommentField label={messages.commentLabel} value={comment} onInput={setComment} />
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
          <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
            {busy ? messages.sending : messages.submit}
          </button>
        </>
      )}
    </form>
  );
}
