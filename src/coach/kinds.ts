// Every nudge kind, by kind: its module in compose/kinds/ is the one place for what to suggest and in which words
// (English and Spanish), how replies name it and what follows it done or skipped. KINDS is checked whole: a kind added
// to NUDGE_KINDS without a complete module fails `tsc`. Pure.

import type { NudgeKind } from '../domain/types';
import { bringTogether } from './compose/kinds/bring-together';
import { checkIn } from './compose/kinds/check-in';
import { deepen } from './compose/kinds/deepen';
import { firstFollowUp } from './compose/kinds/first-follow-up';
import { getContact } from './compose/kinds/get-contact';
import { give } from './compose/kinds/give';
import { letGo } from './compose/kinds/let-go';
import { planFollowUp } from './compose/kinds/plan-follow-up';
import { sayHi } from './compose/kinds/say-hi';
import type { KindDefinition } from './compose/kinds/template';
import { theirMoment } from './compose/kinds/their-moment';

export type { KindDefinition, KindTiming } from './compose/kinds/template';

export const KINDS: Readonly<Record<NudgeKind, KindDefinition>> = {
  'first-follow-up': firstFollowUp,
  'get-contact': getContact,
  deepen,
  'check-in': checkIn,
  'their-moment': theirMoment,
  'say-hi': sayHi,
  'let-go': letGo,
  'plan-follow-up': planFollowUp,
  'bring-together': bringTogether,
  give,
};
