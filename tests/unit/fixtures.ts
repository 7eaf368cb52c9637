/**
 * What the unit tests build again and again, in one place: credentials as core sends them and as
 * the app keeps them, their owners, and the boot data PHP prints.
 */

import type {
	ApplicationPassword,
	Credential,
} from '../../src/api/application-passwords';
import type { OwnerSummary } from '../../src/api/owners';
import { NO_POLICY } from '../../src/api/policy';
import type { BootData } from '../../src/boot';
import type { ReadinessBoot } from '../../src/readiness/types';

/** Every right over an owner's credentials. */
export const ALL_RIGHTS: OwnerSummary[ 'rights' ] = {
	list: true,
	create: true,
	edit: true,
	delete: true,
	deleteAll: true,
};

/**
 * An owner with every right, named after their id.
 *
 * @param id User id.
 */
export function ownerSummary( id = 1 ): OwnerSummary {
	return {
		id,
		login: `user${ id }`,
		name: `User ${ id }`,
		avatar: '',
		rights: ALL_RIGHTS,
	};
}

/** One application password as core's REST API sends it. */
export const CORE_ITEM = {
	uuid: '7b6c4c7e-3b0a-4f2e-9a65-1f1f1f1f1f1f',
	app_id: '',
	name: 'Claude Desktop',
	created: '2026-11-29T10:00:00',
	last_used: null,
	last_ip: null,
	_links: {},
};

/**
 * One application password as the app keeps it, never used unless told otherwise.
 *
 * @param fields Fields that differ.
 */
export function applicationPassword(
	fields: Partial< ApplicationPassword > = {}
): ApplicationPassword {
	return {
		uuid: 'uuid-0',
		appId: '',
		name: 'Credential',
		created: '2026-11-29T10:00:00',
		lastUsed: null,
		lastIp: null,
		...NO_POLICY,
		...fields,
	};
}

/**
 * Credentials of one owner, `uuid-0`… and "Credential 0"….
 *
 * @param count   How many.
 * @param ownerId Whose.
 */
export function credentials( count: number, ownerId = 1 ): Credential[] {
	return Array.from( { length: count }, ( _, index ) => ( {
		...applicationPassword( {
			uuid: `uuid-${ index }`,
			name: `Credential ${ index }`,
		} ),
		owner: ownerSummary( ownerId ),
	} ) );
}

/** What PHP prints for readiness on a healthy HTTPS production site. */
export const READINESS: ReadinessBoot = {
	https: {
		siteUsesHttps: true,
		requestIsHttps: true,
		environmentType: 'production',
	},
	applicationPasswords: {
		supported: true,
		available: true,
		siteFilter: null,
		ownerId: 1,
		availableForOwner: true,
		ownerFilter: null,
		inUse: true,
		credentialsStored: null,
	},
	mainwp: {
		version: '6.1.2',
		supported: true,
		minimumVersion: '6.0',
		rightsRule: true,
	},
	adminUrl: 'https://example.com/wp-admin/',
	lastChecks: null,
};

/**
 * The boot data PHP prints for the administrator under MainWP, with any fields replaced.
 *
 * @param fields Fields that differ.
 */
export function bootData( fields: Partial< BootData > = {} ): BootData {
	return {
		rootId: 'root',
		placement: 'mainwp',
		mainwpVersion: '6.1.2',
		owner: {
			id: 1,
			login: 'admin',
			name: 'Site Admin',
			avatar: 'https://example.com/avatar.png',
			rights: ALL_RIGHTS,
		},
		viewerId: 1,
		scope: 'user',
		canPickOwner: true,
		canViewAll: false,
		canManageSettings: true,
		ownerNotice: null,
		roleNames: { administrator: 'Administrator' },
		newUserUrl: 'https://example.com/wp-admin/user-new.php',
		siteUrl: 'https://example.com/',
		restUrl: 'https://example.com/wp-json/',
		idleDays: 90,
		readiness: READINESS,
		audit: null,
		policy: null,
		...fields,
	};
}
