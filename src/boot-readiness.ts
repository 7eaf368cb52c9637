/**
 * The readiness facts only PHP knows, printed into the boot data and checked at start-up.
 */

import { isRecord } from './utils/is-record';

/** A core filter that turned application passwords off, with the callbacks hooked to it. */
export interface BlockingFilter {
	hook: string;
	callbacks: string[];
}

/** Server-side readiness facts, from Readiness::boot_data(). */
export interface ReadinessBoot {
	https: {
		/** Home and site address both start with https. */
		siteUsesHttps: boolean;
		/** What `is_ssl()` said for this page's request. */
		requestIsHttps: boolean;
		/** `wp_get_environment_type()`: local, development, staging or production. */
		environmentType: string;
	};
	applicationPasswords: {
		/** HTTPS or a local environment: core's precondition. */
		supported: boolean;
		/** After the site-wide filter. */
		available: boolean;
		/** The filter that turned them off site-wide, when it did. */
		siteFilter: BlockingFilter | null;
		/** The user the per-user answer is for. */
		ownerId: number;
		availableForOwner: boolean;
		/** The filter that turned them off for that user, when it did. */
		ownerFilter: BlockingFilter | null;
	};
	/** wp-admin's address with a trailing slash. */
	adminUrl: string;
}

function fail( detail: string ): never {
	throw new Error( `Boot data field "readiness" ${ detail }.` );
}

function parseFilter( value: unknown, name: string ): BlockingFilter | null {
	if ( value === null ) {
		return null;
	}
	if (
		! isRecord( value ) ||
		typeof value.hook !== 'string' ||
		! Array.isArray( value.callbacks ) ||
		! value.callbacks.every( ( item ) => typeof item === 'string' )
	) {
		fail( `must describe "${ name }" as a hook and callbacks, or null` );
	}
	return { hook: value.hook, callbacks: value.callbacks as string[] };
}

/**
 * Checks the raw `readiness` boot field and returns it typed, or throws naming what is wrong.
 *
 * @param value Raw field.
 */
export function parseReadinessBoot( value: unknown ): ReadinessBoot {
	if ( ! isRecord( value ) ) {
		fail( 'must be an object' );
	}
	const { https, applicationPasswords: passwords, adminUrl } = value;
	if (
		! isRecord( https ) ||
		typeof https.siteUsesHttps !== 'boolean' ||
		typeof https.requestIsHttps !== 'boolean' ||
		typeof https.environmentType !== 'string'
	) {
		fail( 'must hold "https" facts' );
	}
	if (
		! isRecord( passwords ) ||
		typeof passwords.supported !== 'boolean' ||
		typeof passwords.available !== 'boolean' ||
		typeof passwords.availableForOwner !== 'boolean' ||
		typeof passwords.ownerId !== 'number' ||
		! Number.isInteger( passwords.ownerId )
	) {
		fail( 'must hold "applicationPasswords" facts' );
	}
	if (
		typeof adminUrl !== 'string' ||
		! /^https?:\/\/.+\/$/.test( adminUrl )
	) {
		fail( 'must hold an http(s) "adminUrl" ending in a slash' );
	}
	return {
		https: {
			siteUsesHttps: https.siteUsesHttps,
			requestIsHttps: https.requestIsHttps,
			environmentType: https.environmentType,
		},
		applicationPasswords: {
			supported: passwords.supported,
			available: passwords.available,
			siteFilter: parseFilter( passwords.siteFilter, 'siteFilter' ),
			ownerId: passwords.ownerId,
			availableForOwner: passwords.availableForOwner,
			ownerFilter: parseFilter( passwords.ownerFilter, 'ownerFilter' ),
		},
		adminUrl,
	};
}
