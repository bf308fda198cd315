// Every nudge kind's English wording, by kind: the registry of whole kinds (coach/kinds.ts), seen as templates.

import type { NudgeKind } from '../../../domain/types';
import { KINDS } from '../../kinds';
import type { KindTemplate } from './template';

export const KIND_TEMPLATES: Readonly<Record<NudgeKind, KindTemplate>> = KINDS;
