// Counts SMS segments the way Twilio does, with Twilio's own calculator.
import { SegmentedMessage } from 'sms-segments-calculator';

export function segments(body: string): number {
  return new SegmentedMessage(body).segmentsCount;
}

export function encoding(body: string): string {
  return new SegmentedMessage(body).encodingName;
}
