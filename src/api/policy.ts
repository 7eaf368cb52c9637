/**
 * Scoped credentials: the policy fields on core's application-password object, and the site
 * policy (`/app-passwords-manager/v1/policy`), typed and checked at the edge.
 */

import apiFetch from '@wordpress/api-fetch';

import { OVERVIEW_NAMESPACE } from './owners';
import { isRecord } from '../utils/is-record';

/** What a credential may do: everything its owner may, or only read (GET, HEAD, OPTIONS). */
export type Access = 'full' | 'read';

/** A credential's policy, as the create and update routes take it. */
export interface CredentialPolicy {
	/** ISO 8601 UTC ("2026-12-31T23:59:59Z"), or null for never. */
	expires: string | null;
	access: Access;
	/** IPv4/IPv6 addresses or CIDR ranges; empty means anywhere. */
	allowedIps: string[];
}

/** Where a credential stands in a roll: the old one knows its successor, the new one its predecessor. */
export interface Rotation {
	replacedBy: string | null;
	replaces: string | null;
	/** When the old one stops working, as now known (ISO UTC), or null. */
	revokeAt: string | null;
	/** Seconds the old one keeps working after the new one's first use, or null. */
	grace: number | null;
}

/** The policy fields as the server shows them on a credential. */
export interface CredentialPolicyFields extends CredentialPolicy {
	rotation: Rotation | null;
}

/** The site's policy for new credentials, set by administrators. */
export interface SitePolicy {
	/** Lifetime a new credential gets when none is chosen, in days; null = never expires. */
	defaultLifetimeDays: number | null;
	/** Longest lifetime allowed, in days; null = "never" is allowed. */
	maxLifetimeDays: number | null;
	defaultAccess: Access;
}

/** The policy a credential has when the server says nothing (an older server): none. */
export const NO_POLICY: CredentialPolicyFields = {
	expires: null,
	access: 'full',
	allowedIps: [],
	rotation: null,
};

function optionalString( value: unknown, field: string ): string | null {
	if ( value === null || value === undefined || value === '' ) {
		return null;
	}
	if ( typeof value !== 'string' ) {
		throw new TypeError( `Policy field "${ field }" is not a string.` );
	}
	return value;
}

function parseAccess( value: unknown, field: string ): Access {
	if ( value === undefined || value === null || value === 'full' ) {
		return 'full';
	}
	if ( value === 'read' ) {
		return 'read';
	}
	throw new TypeError(
		`Policy field "${ field }" must be "full" or "read".`
	);
}

function parseRotation( value: unknown ): Rotation | null {
	if ( value === null || value === undefined ) {
		return null;
	}
	if ( ! isRecord( value ) ) {
		throw new TypeError( 'Policy field "rotation" is not an object.' );
	}
	const grace = value.grace ?? null;
	if (
		grace !== null &&
		( typeof grace !== 'number' || ! Number.isFinite( grace ) )
	) {
		throw new TypeError( 'Policy field "rotation.grace" is not a number.' );
	}
	return {
		replacedBy: optionalString( value.replaced_by, 'rotation.replaced_by' ),
		replaces: optionalString( value.replaces, 'rotation.replaces' ),
		revokeAt: optionalString( value.revoke_at, 'rotation.revoke_at' ),
		grace,
	};
}

/**
 * Reads the policy fields of one credential from core's response; absent fields (an older
 * server, or a credential made before policies) mean no policy.
 *
 * @param value One item of core's response, already known to be an object.
 */
export function parseCredentialPolicy(
	value: Record< string, unknown >
): CredentialPolicyFields {
	const allowedIps = value.allowed_ips ?? [];
	if (
		! Array.isArray( allowedIps ) ||
		! allowedIps.every( ( entry ) => typeof entry === 'string' )
	) {
		throw new TypeError(
			'Policy field "allowed_ips" is not a list of addresses.'
		);
	}
	return {
		expires: optionalString( value.expires, 'expires' ),
		access: parseAccess( value.access, 'access' ),
		allowedIps: allowedIps as string[],
		rotation: parseRotation( value.rotation ),
	};
}

/**
 * Returns the request body fields for a policy, as the create and update routes name them.
 *
 * @param policy The policy to send.
 */
export function policyRequestFields( policy: CredentialPolicy ) {
	return {
		expires: policy.expires,
		access: policy.access,
		allowed_ips: policy.allowedIps,
	};
}

function lifetime( value: unknown, field: string ): number | null {
	if ( value === null ) {
		return null;
	}
	if (
		typeof value !== 'number' ||
		! Number.isInteger( value ) ||
		value <= 0
	) {
		throw new TypeError(
			`Site policy field "${ field }" must be a positive whole number of days or null.`
		);
	}
	return value;
}

/**
 * Checks the site policy as the server (or the boot data) gives it.
 *
 * @param value Raw site policy.
 */
export function parseSitePolicy( value: unknown ): SitePolicy {
	if ( ! isRecord( value ) ) {
		throw new TypeError( 'The site policy is not an object.' );
	}
	return {
		defaultLifetimeDays: lifetime(
			value.default_lifetime_days,
			'default_lifetime_days'
		),
		maxLifetimeDays: lifetime(
			value.max_lifetime_days,
			'max_lifetime_days'
		),
		defaultAccess: parseAccess( value.default_access, 'default_access' ),
	};
}

/** Reads the site policy. */
export async function fetchSitePolicy(): Promise< SitePolicy > {
	return parseSitePolicy(
		await apiFetch( { path: `${ OVERVIEW_NAMESPACE }/policy` } )
	);
}

/**
 * Saves the site policy; the server's answer is what now applies.
 *
 * @param policy The new site policy.
 */
export async function saveSitePolicy(
	policy: SitePolicy
): Promise< SitePolicy > {
	return parseSitePolicy(
		await apiFetch( {
			path: `${ OVERVIEW_NAMESPACE }/policy`,
			method: 'POST',
			data: {
				default_lifetime_days: policy.defaultLifetimeDays,
				max_lifetime_days: policy.maxLifetimeDays,
				default_access: policy.defaultAccess,
			},
		} )
	);
}

/** When the old credential of a roll stops working at the latest. */
export type RollDeadline = 'now' | '1h' | '1d' | '7d';

/** How to roll a credential: the deadline, and the grace after the new one's first use. */
export interface RollSchedule {
	deadline: RollDeadline;
	/** Seconds; 0 stops the old one at the new one's first use. */
	grace: number;
}
