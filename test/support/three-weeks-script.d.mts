// Types for the three-weeks script (three-weeks-script.mjs).
export interface Check {
  what: string;
  ok: (answer: string) => boolean;
}

export type Step = { at: number; text: string; expect: Check[] } | { cron: number; expect?: Check[] };

export interface Failure {
  step: number;
  text: string;
  answer: string;
  failed: string[];
}

export interface Talk {
  text: (at: number, body: string) => Promise<string | null>;
  cron: (at: number) => Promise<string[]>;
  /** printed after each of Kindling's texts in the transcript */
  badge?: (body: string) => string;
}

export const ZONE: string;
export const PHONE: string;
export const STEPS: Step[];
export const TEXT_COUNT: number;
export function local(day: number, hhmm: string): number;
export function failedChecks(step: Step, answer: string | null): string[];
export function playThreeWeeks(talk: Talk): Promise<{ lines: string[]; failures: Failure[] }>;
export const quiet: Check;
