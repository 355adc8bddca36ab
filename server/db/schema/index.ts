export * from './agreements.ts';
export * from './commitments.ts';
export * from './status-updates.ts';
export * from './users.ts';
export * from './audit.ts';
export * from './throttle.ts';
