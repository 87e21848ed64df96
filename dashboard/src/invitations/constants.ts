// Lists the Invitations screen iterates over; shared/ holds them next to zod, whose values would bundle zod.
import type { ScoreGroup } from '../../../shared/invitation-audit.ts';
import type { InvitationTouchpoint } from '../../../shared/invitations.ts';

export const INVITATION_TOUCHPOINTS = [
  'delivery',
  'return',
  'support',
  'reviews',
] as const satisfies readonly InvitationTouchpoint[];
export const SCORE_GROUPS = ['low', 'middle', 'high', 'no_answer'] as const satisfies readonly ScoreGroup[];
