/**
 * The data the PHP side prints for the app, checked once at start-up.
 */

import { parseAuditSettings, type AuditSettings } from './api/audit';
import { parseOwner, type OwnerSummary } from './api/owners';
import { parseSitePolicy, type SitePolicy } from './api/policy';
import { parseReadinessBoot } from './readiness/boot';
import type { ReadinessBoot } from './readiness/types';
import { isRecord } from './utils/is-record';

declare global {
	interface Window {
		/** Printed by Assets::enqueue() before the app's script; unknown until checked. */
		mainwpApplicationPasswords?: unknown;
	}
}

/** Where the page lives: under MainWP's API Access menu, or under Users. */
export type Placement = 'mainwp' | 'users';

/** The part of an owner that most of the screen needs: who they are. */
export type Owner = Pick< OwnerSummary, 'id' | 'login' >;

/** What the screen opens on: one owner's credentials, every user's, or the Activity view. */
export type Scope = 'user' | 'all' | 'activity';

/** Boot data after it has been checked. */
export interface BootData {
	rootId: string;
	placement: Placement;
	mainwpVersion: string | null;
	/** The owner the page opened on: the viewer, or the user named in the URL. */
	owner: OwnerSummary;
	/** The logged-in user's id. */
	viewerId: number;
	scope: Scope;
	/** Whether the viewer may choose another owner (find users, manage their credentials). */
	canPickOwner: boolean;
	/** Whether the viewer may see every user's credentials at once. */
	canViewAll: boolean;
	/** Why the owner in the URL was not used, if it was not. */
	ownerNotice: string | null;
	/** Role slug => translated role name, for the owner picker. */
	roleNames: Record< string, string >;
	/** Where to add a user, when the viewer may. */
	newUserUrl: string | null;
	/** Site address people know, e.g. https://example.com/. */
	siteUrl: string;
	/** REST API root with a trailing slash, e.g. https://example.com/wp-json/. */
	restUrl: string;
	/** Days after which a credential neither used nor created counts as idle, as the server filters. */
	idleDays: number;
	/** What only PHP knows about whether credentials will work here. */
	readiness: ReadinessBoot;
	/** The audit settings (retention and which alerts the site sends). */
	audit: AuditSettings | null;
	/** The site policy for new credentials; null where the server has no policies. */
	policy: SitePolicy | null;
	/** Whether the viewer may change site settings (`manage_options`): the Settings panel. */
	canManageSettings: boolean;
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
	const {
		rootId,
		placement,
		mainwpVersion,
		owner,
		viewerId,
		scope,
		canPickOwner,
		canViewAll,
		canManageSettings,
		ownerNotice,
		roleNames,
		newUserUrl,
		siteUrl,
		restUrl,
		idleDays,
	} = value;
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
	let checkedOwner: OwnerSummary;
	try {
		checkedOwner = parseOwner( owner );
	} catch ( error ) {
		throw new Error(
			`Boot data field "owner" is invalid: ${
				( error as Error ).message
			}`
		);
	}
	if (
		typeof viewerId !== 'number' ||
		! Number.isInteger( viewerId ) ||
		viewerId <= 0
	) {
		throw new Error( 'Boot data field "viewerId" must be a user id.' );
	}
	if ( scope !== 'user' && scope !== 'all' && scope !== 'activity' ) {
		throw new Error(
			'Boot data field "scope" must be "user", "all" or "activity".'
		);
	}
	for ( const [ field, flag ] of Object.entries( {
		canPickOwner,
		canViewAll,
		canManageSettings,
	} ) ) {
		if ( typeof flag !== 'boolean' ) {
			throw new Error(
				`Boot data field "${ field }" must be a boolean.`
			);
		}
	}
	if ( ownerNotice !== null && typeof ownerNotice !== 'string' ) {
		throw new Error(
			'Boot data field "ownerNotice" must be a string or null.'
		);
	}
	if (
		! isRecord( roleNames ) ||
		! Object.values( roleNames ).every(
			( name ) => typeof name === 'string'
		)
	) {
		throw new Error(
			'Boot data field "roleNames" must map role slugs to names.'
		);
	}
	if (
		newUserUrl !== null &&
		( typeof newUserUrl !== 'string' ||
			! /^https?:\/\//.test( newUserUrl ) )
	) {
		throw new Error(
			'Boot data field "newUserUrl" must be an http(s) URL or null.'
		);
	}
	for ( const [ field, url ] of Object.entries( { siteUrl, restUrl } ) ) {
		if ( typeof url !== 'string' || ! /^https?:\/\/.+\/$/.test( url ) ) {
			throw new Error(
				`Boot data field "${ field }" must be an http(s) URL ending in a slash.`
			);
		}
	}
	if (
		typeof idleDays !== 'number' ||
		! Number.isInteger( idleDays ) ||
		idleDays <= 0
	) {
		throw new Error(
			'Boot data field "idleDays" must be a positive whole number.'
		);
	}
	return {
		rootId,
		placement,
		mainwpVersion,
		owner: checkedOwner,
		viewerId,
		scope,
		canPickOwner: canPickOwner as boolean,
		canViewAll: canViewAll as boolean,
		canManageSettings: canManageSettings as boolean,
		ownerNotice,
		roleNames: roleNames as Record< string, string >,
		newUserUrl,
		siteUrl: siteUrl as string,
		restUrl: restUrl as string,
		idleDays,
		readiness: parseReadinessBoot( value.readiness ),
		audit: parseAuditBoot( value.audit ),
		policy: parseBootPolicy( value.policy ),
	};
}

/**
 * Checks the boot data's audit settings: absent or null where the viewer may not change them.
 *
 * @param value Raw `audit` field.
 */
function parseAuditBoot( value: unknown ): AuditSettings | null {
	if ( value === null || value === undefined ) {
		return null;
	}
	try {
		return parseAuditSettings( value );
	} catch ( error ) {
		throw new Error(
			`Boot data field "audit" is invalid: ${
				( error as Error ).message
			}`
		);
	}
}

/**
 * Checks the site policy in the boot data; absent (an older server) means no policies.
 *
 * @param value Raw `policy` field.
 */
function parseBootPolicy( value: unknown ): SitePolicy | null {
	if ( value === undefined || value === null ) {
		return null;
	}
	try {
		return parseSitePolicy( value );
	} catch ( error ) {
		throw new Error(
			`Boot data field "policy" is invalid: ${
				( error as Error ).message
			}`
		);
	}
}

/** Reads and checks the boot data the PHP side printed. */
export function readBootData(): BootData {
	return parseBootData( window.mainwpApplicationPasswords );
}
