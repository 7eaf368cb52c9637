/**
 * The Roll dialog's choices, turned into the schedule the roll route takes.
 */

import type { RollDeadline, RollSchedule, SitePolicy } from '../api/policy';
import { parseUtc } from './dates';
import { toIsoUtc } from './policy';

const DAY_IN_MS = 24 * 60 * 60 * 1000;

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

/**
 * Why a replacement expires when it does: as the old one (`same`); at the latest the site now
 * allows, because the old one's expiry (or never) is beyond a maximum that has since shrunk
 * (`capped`); with the site's default lifetime, because the old one has expired (`renewed`).
 */
export type RolledExpiryReason = 'same' | 'capped' | 'renewed';

/** When a rolled credential's replacement expires (ISO UTC, or null for never), and why. */
export interface RolledExpiry {
	expires: string | null;
	reason: RolledExpiryReason;
}

/**
 * Returns the expiry the server gives a rolled credential's replacement, by the same rule as
 * the server's (`Policy_Rules::rolled_expiry`).
 *
 * @param expires The old credential's expiry (ISO UTC), or null for never.
 * @param site    The site policy; null where the server has none.
 * @param now     The present.
 */
export function rolledExpiry(
	expires: string | null,
	site: SitePolicy | null,
	now: Date
): RolledExpiry {
	const max = site?.maxLifetimeDays ?? null;
	const date = expires ? parseUtc( expires ) : null;
	const fromNow = ( days: number | null ) =>
		days === null
			? null
			: toIsoUtc( new Date( now.getTime() + days * DAY_IN_MS ) );
	if ( date && date.getTime() <= now.getTime() ) {
		const days = site?.defaultLifetimeDays ?? null;
		return {
			expires: fromNow(
				max !== null && ( days === null || days > max ) ? max : days
			),
			reason: 'renewed',
		};
	}
	if (
		max !== null &&
		( ! date || date.getTime() > now.getTime() + max * DAY_IN_MS )
	) {
		return { expires: fromNow( max ), reason: 'capped' };
	}
	return { expires, reason: 'same' };
}
