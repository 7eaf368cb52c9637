/**
 * Pure rules of the policy screens: expiry choices and their dates, how soon a credential
 * expires, the table's policy filters, and the allowed-address list as typed.
 */

import { _n, sprintf } from '@wordpress/i18n';

import type { ApplicationPassword } from '../api/application-passwords';
import type { SitePolicy } from '../api/policy';
import { parseUtc } from './dates';

const DAY_IN_MS = 24 * 60 * 60 * 1000;

/** Days after which a credential counts as expiring soon, in the table and its filter. */
export const EXPIRING_SOON_DAYS = 7;

/** Lifetimes offered as presets, in days. */
export const PRESET_DAYS = [ 30, 90, 365 ] as const;

/** An expiry choice in the dialogs: a preset lifetime, never, or a chosen date. */
export type ExpiryChoice = '30' | '90' | '365' | 'never' | 'date';

/** The table's policy filters. */
export type PolicyFilter = 'expired' | 'expiring' | 'read';

/** How a credential stands against its expiry. */
export type ExpiryState = 'never' | 'expired' | 'soon' | 'later';

/**
 * Returns the expiry choices the site allows: presets within its maximum, never where it
 * allows never, and a date.
 *
 * @param site The site policy; null where the server has none (everything allowed).
 */
export function expiryChoices( site: SitePolicy | null ): ExpiryChoice[] {
	const max = site?.maxLifetimeDays ?? null;
	return [
		...PRESET_DAYS.filter( ( days ) => max === null || days <= max ).map(
			( days ) => String( days ) as ExpiryChoice
		),
		...( max === null ? [ 'never' as const ] : [] ),
		'date',
	];
}

/** What the dialog starts with: a choice and, for 'date', the date (YYYY-MM-DD). */
export interface ExpiryInput {
	choice: ExpiryChoice;
	date: string;
}

/**
 * Formats a date as the date field's value (YYYY-MM-DD), in the browser's time zone.
 *
 * @param date Date.
 */
export function toDateInput( date: Date ): string {
	const pad = ( value: number ) => String( value ).padStart( 2, '0' );
	return `${ date.getFullYear() }-${ pad( date.getMonth() + 1 ) }-${ pad(
		date.getDate()
	) }`;
}

/**
 * Returns the expiry a new credential starts with: the site's default lifetime (a preset when
 * one matches, else that date), or never.
 *
 * @param site The site policy, or null.
 * @param now  The present.
 */
export function defaultExpiry(
	site: SitePolicy | null,
	now: Date
): ExpiryInput {
	const days = site?.defaultLifetimeDays ?? null;
	if ( days === null ) {
		return site?.maxLifetimeDays
			? { choice: 'date', date: addDays( now, site.maxLifetimeDays ) }
			: { choice: 'never', date: '' };
	}
	const preset = String( days ) as ExpiryChoice;
	if ( expiryChoices( site ).includes( preset ) ) {
		return { choice: preset, date: '' };
	}
	return { choice: 'date', date: addDays( now, days ) };
}

function addDays( now: Date, days: number ): string {
	return toDateInput( new Date( now.getTime() + days * DAY_IN_MS ) );
}

/**
 * Returns the expiry an existing credential's edit form starts with: its date, or never.
 *
 * @param expires The credential's expiry (ISO UTC), or null.
 */
export function currentExpiry( expires: string | null ): ExpiryInput {
	const date = expires ? parseUtc( expires ) : null;
	return date
		? { choice: 'date', date: toDateInput( date ) }
		: { choice: 'never', date: '' };
}

/**
 * Formats a date as the server takes it: ISO 8601 in UTC, to the second.
 *
 * @param date Date.
 */
export function toIsoUtc( date: Date ): string {
	return date.toISOString().replace( /\.\d{3}Z$/, 'Z' );
}

/**
 * Turns an expiry choice into what the server takes: ISO UTC, or null for never. A preset
 * counts from now; a date means the end of that day in the browser's time zone. Returns
 * undefined for a date that is missing or unreadable.
 *
 * @param input The choice and date.
 * @param now   The present.
 */
export function expiryValue(
	input: ExpiryInput,
	now: Date
): string | null | undefined {
	if ( input.choice === 'never' ) {
		return null;
	}
	if ( input.choice === 'date' ) {
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec( input.date );
		if ( ! match ) {
			return undefined;
		}
		const end = new Date(
			Number( match[ 1 ] ),
			Number( match[ 2 ] ) - 1,
			Number( match[ 3 ] ),
			23,
			59,
			59
		);
		return Number.isNaN( end.getTime() ) ? undefined : toIsoUtc( end );
	}
	return toIsoUtc(
		new Date( now.getTime() + Number( input.choice ) * DAY_IN_MS )
	);
}

/**
 * Says how a credential stands against its expiry.
 *
 * @param expires The credential's expiry (ISO UTC), or null.
 * @param now     The present.
 */
export function expiryState( expires: string | null, now: Date ): ExpiryState {
	const date = expires ? parseUtc( expires ) : null;
	if ( ! date ) {
		return 'never';
	}
	const left = date.getTime() - now.getTime();
	if ( left <= 0 ) {
		return 'expired';
	}
	return left <= EXPIRING_SOON_DAYS * DAY_IN_MS ? 'soon' : 'later';
}

/**
 * Tells whether a credential matches one policy filter of the table.
 *
 * @param item   Credential.
 * @param filter Policy filter.
 * @param now    The present.
 */
export function matchesPolicy(
	item: ApplicationPassword,
	filter: PolicyFilter,
	now: Date
): boolean {
	switch ( filter ) {
		case 'expired':
			return expiryState( item.expires, now ) === 'expired';
		case 'expiring':
			return expiryState( item.expires, now ) === 'soon';
		case 'read':
			return item.access === 'read';
	}
}

/**
 * Splits the allowed-address field into entries: one per line (commas and spaces also
 * separate), trimmed, without repeats. The server checks each entry and names a bad one.
 *
 * @param text What was typed.
 */
export function parseAddressList( text: string ): string[] {
	return [
		...new Set(
			text
				.split( /[\s,;]+/ )
				.map( ( entry ) => entry.trim() )
				.filter( Boolean )
		),
	];
}

/**
 * Returns the address list with one entry added, unless it is there already.
 *
 * @param text  What the field holds.
 * @param entry Address to add.
 */
export function withAddress( text: string, entry: string ): string {
	const entries = parseAddressList( text );
	return ( entries.includes( entry ) ? entries : [ ...entries, entry ] ).join(
		'\n'
	);
}

/**
 * Says how long until a future date, in whole minutes, hours or days ("in 3 days"), rounded
 * up so that "in 3 days" never means less than the time left. The exact date is for a tooltip.
 *
 * @param value A date (ISO UTC).
 * @param now   The present.
 */
export function formatTimeLeft( value: string, now: Date ): string {
	const date = parseUtc( value );
	const left = Math.max( 0, ( date?.getTime() ?? 0 ) - now.getTime() );
	const minutes = Math.ceil( left / 60_000 );
	if ( minutes < 60 ) {
		return sprintf(
			/* translators: %d: Number of minutes. */
			_n(
				'in %d minute',
				'in %d minutes',
				minutes,
				'mainwp-application-passwords'
			),
			minutes
		);
	}
	const hours = Math.ceil( left / 3_600_000 );
	if ( hours < 48 ) {
		return sprintf(
			/* translators: %d: Number of hours. */
			_n(
				'in %d hour',
				'in %d hours',
				hours,
				'mainwp-application-passwords'
			),
			hours
		);
	}
	const days = Math.ceil( left / DAY_IN_MS );
	return sprintf(
		/* translators: %d: Number of days. */
		_n( 'in %d day', 'in %d days', days, 'mainwp-application-passwords' ),
		days
	);
}
