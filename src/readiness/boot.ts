/**
 * The readiness facts only PHP knows, printed into the boot data and checked at start-up.
 */

import { isRecord } from '../utils/is-record';
import type {
	AbilitiesCheck,
	BlockingFilter,
	ClientChecks,
	LastChecks,
	MainWPFacts,
	ReadinessBoot,
} from './types';

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

function parseMainWP( value: unknown ): MainWPFacts {
	if (
		! isRecord( value ) ||
		( value.version !== null && typeof value.version !== 'string' ) ||
		typeof value.supported !== 'boolean' ||
		typeof value.minimumVersion !== 'string' ||
		typeof value.rightsRule !== 'boolean'
	) {
		fail(
			'must hold "mainwp" facts: its version or null, whether it is supported, the minimum version, and whether its rights rule was found'
		);
	}
	return {
		version: value.version,
		supported: value.supported,
		minimumVersion: value.minimumVersion,
		rightsRule: value.rightsRule,
	};
}

function isNullableBoolean( value: unknown ): value is boolean | null {
	return value === null || typeof value === 'boolean';
}

function parseAbilities( value: unknown ): AbilitiesCheck | null | undefined {
	if ( value === null ) {
		return null;
	}
	if ( ! isRecord( value ) || typeof value.present !== 'boolean' ) {
		return undefined;
	}
	if ( ! value.present ) {
		return { present: false };
	}
	return value.count === null ||
		( typeof value.count === 'number' && Number.isInteger( value.count ) )
		? { present: true, count: value.count }
		: undefined;
}

/**
 * Checks the REST checks' last answers the server kept, if it kept any.
 *
 * @param value Raw `lastChecks` field.
 */
function parseLastChecks( value: unknown ): LastChecks | null {
	if ( value === null || value === undefined ) {
		return null;
	}
	const checks = isRecord( value ) ? value.checks : undefined;
	const abilities = isRecord( checks )
		? parseAbilities( checks.abilities )
		: undefined;
	if (
		! isRecord( value ) ||
		typeof value.checkedAt !== 'string' ||
		! isRecord( checks ) ||
		! isNullableBoolean( checks.authorizationHeader ) ||
		! isNullableBoolean( checks.mcpAdapter ) ||
		abilities === undefined
	) {
		fail(
			'must hold "lastChecks" as the checks’ answers and when, or null'
		);
	}
	const answers: ClientChecks = {
		authorizationHeader: checks.authorizationHeader,
		abilities,
		mcpAdapter: checks.mcpAdapter,
	};
	return { checks: answers, checkedAt: value.checkedAt };
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
		! Number.isInteger( passwords.ownerId ) ||
		typeof passwords.inUse !== 'boolean' ||
		( passwords.credentialsStored !== null &&
			typeof passwords.credentialsStored !== 'boolean' )
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
			inUse: passwords.inUse,
			credentialsStored: passwords.credentialsStored,
		},
		mainwp: parseMainWP( value.mainwp ),
		adminUrl,
		lastChecks: parseLastChecks( value.lastChecks ),
	};
}
