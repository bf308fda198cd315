// The channel-switch command (channels/channel-switch.ts reads and answers it): the switch as a change and a reply.
// Pure.
import type { ChannelContext, ChannelName } from '../../channels/channel';
import { switchChannel } from '../../channels/channel-switch';
import { reply, type Outcome, type Turn } from './turn';

export function chooseChannel(turn: Turn, requested: ChannelName, context: ChannelContext): Outcome {
  const chosen = switchChannel({ requested, ...context });
  if (chosen.columns) turn.changes.push({ type: 'setUser', patch: { channel: chosen.columns.channel } });
  return reply(chosen.reply);
}
