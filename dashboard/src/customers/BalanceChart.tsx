// The running balance of one customer's emotional bank account as a step line: it falls with a complaint and
// rises with the repair. Decorative for screen readers beyond its label: the table below holds every figure.
import type { TimelineEntry } from '../../../shared/owner-api.ts';

const WIDTH = 640;
const HEIGHT = 160;
const PAD = 24;

export function BalanceChart({ entries, label }: { entries: TimelineEntry[]; label: string }) {
  const balances = [0, ...entries.map((entry) => entry.balance)];
  const top = Math.max(1, ...balances);
  const bottom = Math.min(-1, ...balances);
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / Math.max(1, balances.length - 1);
  const y = (balance: number) => PAD + ((top - balance) * (HEIGHT - 2 * PAD)) / (top - bottom);
  let path = `M${x(0)},${y(0)}`;
  balances.forEach((balance, index) => {
    if (index > 0) path += ` H${x(index)} V${y(balance)}`;
  });
  return (
    <svg class="balance-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-balance-chart>
      <line class="balance-zero" x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} />
      <path class="balance-line" d={path} />
      {balances.map((balance, index) =>
        index === 0 ? null : (
          <circle
            key={entries[index - 1]!.id}
            class={balance < 0 ? 'balance-point is-debit' : 'balance-point'}
            cx={x(index)}
            cy={y(balance)}
            r={5}
          />
        ),
      )}
    </svg>
  );
}
