/**
 * The Roll dialog's choices, turned into the schedule the roll route takes.
 */

import type { RollDeadline, RollSchedule } from '../api/policy';

/** The longest grace the server accepts, in seconds: as long as the longest deadline. */
export const MAX_GRACE = 7 * 24 * 60 * 60;

/** Graces offered after the new credential's first use, in seconds. */
export const GRACES = [ 0, 15 * 60, 60 * 60, 24 * 60 * 60 ] as const;

/** How the old credential's end is chosen: at the new one's first use (plus grace), or at a time. */
export type RollMode = 'first-use' | 'deadline';

/** What the Roll dialog holds. */
export interface RollInput {
	mode: RollMode;
	/** Seconds after the new one's first use (first-use mode). */
	grace: number;
	/** In first-use mode, the latest it stops; in deadline mode, when it stops. */
	deadline: RollDeadline;
}

/** What the Roll dialog starts with: the new one's first use plus an hour, at the latest in 7 days. */
export const DEFAULT_ROLL: RollInput = {
	mode: 'first-use',
	grace: 60 * 60,
	deadline: '7d',
};

/**
 * Returns the schedule to send. At a fixed time, the grace is the longest the server takes, so
 * that the new one's first use does not end the old one sooner.
 *
 * @param input What the dialog holds.
 */
export function rollSchedule( input: RollInput ): RollSchedule {
	return input.mode === 'deadline'
		? { deadline: input.deadline, grace: MAX_GRACE }
		: { deadline: input.deadline, grace: input.grace };
}
