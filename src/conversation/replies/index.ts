// Kindling's replies to the user, one module per kind of conversation: short, warm, GSM-7 only in its own words,
// within two segments. A new reply command's wording goes in the module of its kind (or a new one exported here).

export * from './account';
export * from './capture';
export * from './coaching';
export * from './inbound';
export * from './limits';
export type { NextStep } from './next-step';
export * from './recall';
export * from './steering';
export * from './welcome';
export * from './page';
