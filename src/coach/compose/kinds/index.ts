// Every nudge kind's wording, by kind: a new kind gets a module here and a row in KIND_TEMPLATES (the compiler asks).

import type { NudgeKind } from '../../../domain/types';
import { bringTogether } from './bring-together';
import { checkIn } from './check-in';
import { deepen } from './deepen';
import { firstFollowUp } from './first-follow-up';
import { getContact } from './get-contact';
import { give } from './give';
import { letGo } from './let-go';
import { planFollowUp } from './plan-follow-up';
import { sayHi } from './say-hi';
import type { KindTemplate } from './template';
import { theirMoment } from './their-moment';

export const KIND_TEMPLATES: Readonly<Record<NudgeKind, KindTemplate>> = {
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
