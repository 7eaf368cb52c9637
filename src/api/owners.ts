/**
 * Owners of application passwords: who they are, and what the current user may do with theirs.
 */

import apiFetch from '@wordpress/api-fetch';
import { decodeEntities } from '@wordpress/html-entities';

import { isRecord } from '../utils/is-record';

/** What the current user may do with one owner's application passwords (core + MainWP). */
export interface OwnerRights {
	list: boolean;
	create: boolean;
	edit: boolean;
	delete: boolean;
	deleteAll: boolean;
}

/** A user as the screen shows an owner of credentials. */
export interface OwnerSummary {
	id: number;
	login: string;
	/** Display name as people read it (WordPress stores `&`, `<` and `>` as entities). */
	name: string;
	/** Avatar image URL; empty when avatars are off. */
	avatar: string;
	rights: OwnerRights;
}

/** The plugin's own read-only REST namespace (core has no cross-user listing). */
export const OVERVIEW_NAMESPACE = '/app-passwords-manager/v1';

const RIGHTS = [ 'list', 'create', 'edit', 'delete', 'deleteAll' ] as const;

/**
 * Checks an owner as the PHP side describes one (boot data or REST) and returns it typed.
 *
 * @param value Raw owner.
 */
export function parseOwner( value: unknown ): OwnerSummary {
	if (
		! isRecord( value ) ||
		typeof value.id !== 'number' ||
		! Number.isInteger( value.id ) ||
		value.id <= 0 ||
		typeof value.login !== 'string' ||
		value.login === '' ||
		typeof value.name !== 'string' ||
		typeof value.avatar !== 'string' ||
		! isRecord( value.rights )
	) {
		throw new TypeError(
			'An owner must hold a user id, login, name, avatar and rights.'
		);
	}
	const rights = value.rights;
	if ( ! RIGHTS.every( ( right ) => typeof rights[ right ] === 'boolean' ) ) {
		throw new TypeError( 'An owner\u2019s rights must all be booleans.' );
	}
	return {
		id: value.id,
		login: value.login,
		name: decodeEntities( value.name ),
		avatar: value.avatar,
		rights: {
			list: rights.list as boolean,
			create: rights.create as boolean,
			edit: rights.edit as boolean,
			delete: rights.delete as boolean,
			deleteAll: rights.deleteAll as boolean,
		},
	};
}

/**
 * Fetches one owner with what the current user may do with their credentials.
 *
 * @param id The owner's user id.
 */
export async function fetchOwner( id: number ): Promise< OwnerSummary > {
	return parseOwner(
		await apiFetch( { path: `${ OVERVIEW_NAMESPACE }/owners/${ id }` } )
	);
}

/** A user found by the owner picker. */
export interface UserMatch {
	id: number;
	/** Display name as people read it. */
	name: string;
	login: string;
	roles: string[];
}

/**
 * Writes text as WordPress stores a display name (`_wp_specialchars` on save), so that a name
 * searched as people read it ("Tom & Jerry") matches the stored "Tom &amp; Jerry".
 *
 * @param text Text as typed.
 */
export function asStoredDisplayName( text: string ): string {
	return text
		.replace( /&(?![a-z]+;|#\d+;|#x[\da-f]+;)/gi, '&amp;' )
		.replace( /</g, '&lt;' )
		.replace( />/g, '&gt;' );
}

/**
 * Looks users up by name, login or email, for the owner picker.
 *
 * @param search Text typed into the picker, as people read names.
 */
export async function searchUsers( search: string ): Promise< UserMatch[] > {
	const params = new URLSearchParams( {
		context: 'edit',
		per_page: '20',
		orderby: 'name',
		_fields: 'id,name,username,roles',
	} );
	if ( search ) {
		params.set( 'search', asStoredDisplayName( search ) );
	}
	const response: unknown = await apiFetch( {
		path: `/wp/v2/users?${ params.toString() }`,
	} );
	if ( ! Array.isArray( response ) ) {
		throw new TypeError( 'The users response is not a list.' );
	}
	return response.flatMap( ( user: unknown ) =>
		isRecord( user ) &&
		typeof user.id === 'number' &&
		typeof user.username === 'string'
			? [
					{
						id: user.id,
						name:
							typeof user.name === 'string'
								? decodeEntities( user.name )
								: '',
						login: user.username,
						roles: Array.isArray( user.roles )
							? user.roles.filter(
									( role ): role is string =>
										typeof role === 'string'
								)
							: [],
					},
				]
			: []
	);
}
