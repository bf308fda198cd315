// The reply to a saved note: the capture confirmation, and on a first text a welcome that also names the time zone
// guessed from the number and how to change it, before its help line, within 2 SMS segments.
import { WELCOME_HELP_LINES, zoneAssumed } from './account';
import { composeCaptureConfirmation, type CaptureConfirmationInput } from './capture';
import { captureReplyEs } from './capture-es';
import { fitToSegments } from '../../domain/sms-length';
import { describeZone } from '../../domain/time-zones';

/** Confirms a saved note; for a first text (`welcome`), fewer details make room for the zone line when they must. */
export function captureReply(input: CaptureConfirmationInput): string {
  if (input.language === 'es') return captureReplyEs(input);
  const confirm = (details: string[], met: string | null) => composeCaptureConfirmation({ ...input, details, met });
  if (!input.welcome) return confirm(input.details, input.met);
  for (let keep = input.details.length; keep >= 0; keep--) {
    const welcome = withAssumedZone(confirm(input.details.slice(0, keep), input.met), input.zone);
    if (welcome) return welcome;
  }
  return withAssumedZone(confirm([], null), input.zone) ?? confirm(input.details, input.met);
}

/** The welcome with the zone line before its help line: the longest wording that fits, with a shorter help line if needed. */
function withAssumedZone(welcome: string, zone: string): string | null {
  const help = WELCOME_HELP_LINES.find((line) => welcome.endsWith(line));
  const body = help ? welcome.slice(0, -help.length).trimEnd() : welcome;
  const helps = help ? WELCOME_HELP_LINES.slice(WELCOME_HELP_LINES.indexOf(help)) : [''];
  const candidates = zoneAssumed(describeZone(zone)).flatMap((line) => helps.map((helpLine) => [body, line, helpLine].filter(Boolean).join(' ')));
  return fitToSegments(candidates, 2) ?? null;
}
