/**
 * The data the PHP side prints for the app, checked once at start-up.
 */

declare global {
	interface Window {
		/** Printed by Assets::enqueue() before the app's script; unknown until checked. */
		mainwpApplicationPasswords?: unknown;
	}
}

/** Where the page lives: under MainWP's API Access menu, or under Users. */
export type Placement = 'mainwp' | 'users';

/** Boot data after it has been checked. */
export interface BootData {
	rootId: string;
	placement: Placement;
	mainwpVersion: string | null;
}

function isRecord( value: unknown ): value is Record< string, unknown > {
	return (
		typeof value === 'object' && value !== null && ! Array.isArray( value )
	);
}

/**
 * Checks raw boot data and returns it typed, or throws an error naming the first bad field.
 *
 * @param value Raw boot data.
 */
export function parseBootData( value: unknown ): BootData {
	if ( ! isRecord( value ) ) {
		throw new Error(
			'Boot data is missing: the page must be opened from wp-admin.'
		);
	}
	const { rootId, placement, mainwpVersion } = value;
	if ( typeof rootId !== 'string' || rootId === '' ) {
		throw new Error(
			'Boot data field "rootId" must be a non-empty string.'
		);
	}
	if ( placement !== 'mainwp' && placement !== 'users' ) {
		throw new Error(
			'Boot data field "placement" must be "mainwp" or "users".'
		);
	}
	if ( mainwpVersion !== null && typeof mainwpVersion !== 'string' ) {
		throw new Error(
			'Boot data field "mainwpVersion" must be a string or null.'
		);
	}
	return { rootId, placement, mainwpVersion };
}

/** Reads and checks the boot data the PHP side printed. */
export function readBootData(): BootData {
	return parseBootData( window.mainwpApplicationPasswords );
}
