/**
 * The data the PHP side prints for the app, checked once at start-up.
 */

import { parseReadinessBoot, type ReadinessBoot } from './boot-readiness';

declare global {
	interface Window {
		/** Printed by Assets::enqueue() before the app's script; unknown until checked. */
		mainwpApplicationPasswords?: unknown;
	}
}

/** Where the page lives: under MainWP's API Access menu, or under Users. */
export type Placement = 'mainwp' | 'users';

/** The user whose credentials the screen manages. */
export interface Owner {
	id: number;
	login: string;
}

/** Boot data after it has been checked. */
export interface BootData {
	rootId: string;
	placement: Placement;
	mainwpVersion: string | null;
	owner: Owner;
	/** Site address people know, e.g. https://example.com/. */
	siteUrl: string;
	/** REST API root with a trailing slash, e.g. https://example.com/wp-json/. */
	restUrl: string;
	/** What only PHP knows about whether credentials will work here. */
	readiness: ReadinessBoot;
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
	const { rootId, placement, mainwpVersion, owner, siteUrl, restUrl } = value;
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
	if (
		! isRecord( owner ) ||
		typeof owner.id !== 'number' ||
		! Number.isInteger( owner.id ) ||
		owner.id <= 0 ||
		typeof owner.login !== 'string' ||
		owner.login === ''
	) {
		throw new Error(
			'Boot data field "owner" must hold a user id and login.'
		);
	}
	for ( const [ field, url ] of Object.entries( { siteUrl, restUrl } ) ) {
		if ( typeof url !== 'string' || ! /^https?:\/\/.+\/$/.test( url ) ) {
			throw new Error(
				`Boot data field "${ field }" must be an http(s) URL ending in a slash.`
			);
		}
	}
	return {
		rootId,
		placement,
		mainwpVersion,
		owner: { id: owner.id, login: owner.login },
		siteUrl: siteUrl as string,
		restUrl: restUrl as string,
		readiness: parseReadinessBoot( value.readiness ),
	};
}

/** Reads and checks the boot data the PHP side printed. */
export function readBootData(): BootData {
	return parseBootData( window.mainwpApplicationPasswords );
}
