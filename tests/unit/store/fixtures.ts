/**
 * Shared fixtures of the store's tests: a fresh registry with the store, and core's answers.
 */

import { createRegistry } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

import type {
	ApplicationPassword,
	Credential,
} from '../../../src/api/application-passwords';
import type { OwnerSummary } from '../../../src/api/owners';
import { store } from '../../../src/store';

/** A request as the store's code hands it to api-fetch. */
export type Request = {
	path: string;
	method?: string;
	parse?: boolean;
	data?: { requests: Array< { path: string; method: string } > };
};

/**
 * An owner the current user may do everything with.
 *
 * @param id User id.
 */
export const owner = ( id: number ): OwnerSummary => ( {
	id,
	login: `user${ id }`,
	name: `User ${ id }`,
	avatar: '',
	rights: {
		list: true,
		create: true,
		edit: true,
		delete: true,
		deleteAll: true,
	},
} );

/**
 * A credential as the app keeps it.
 *
 * @param uuid Its id, also its name unless given.
 * @param name Its name.
 */
export const item = ( uuid: string, name = uuid ): ApplicationPassword => ( {
	uuid,
	appId: '',
	name,
	created: '2026-11-29T10:00:00',
	lastUsed: null,
	lastIp: null,
} );

/**
 * The same credential as core's REST API sends it.
 *
 * @param uuid Its id, also its name unless given.
 * @param name Its name.
 */
export const fromCore = ( uuid: string, name = uuid ) => ( {
	uuid,
	app_id: '',
	name,
	created: '2026-11-29T10:00:00',
	last_used: null,
	last_ip: null,
} );

/**
 * Credentials of one owner, as the tables and actions take them.
 *
 * @param count   How many.
 * @param ownerId Whose.
 */
export const credentials = ( count: number, ownerId = 1 ): Credential[] =>
	Array.from( { length: count }, ( _, index ) => ( {
		...item( `uuid-${ index }`, `Credential ${ index }` ),
		owner: owner( ownerId ),
	} ) );

/**
 * Core's answer to `OPTIONS /batch/v1`, with the most requests it accepts.
 *
 * @param maxItems What `rest_get_max_batch_size` says.
 */
export const batchOptions = ( maxItems: number ) => ( {
	endpoints: [ { args: { requests: { maxItems } } } ],
} );

/**
 * A response read with `parse: false`, as the overview is.
 *
 * @param body    JSON body.
 * @param headers Response headers.
 */
export const rawResponse = (
	body: unknown,
	headers: Record< string, string >
) => ( {
	json: async () => body,
	headers: { get: ( name: string ) => headers[ name ] ?? null },
} );

/** A registry holding only this store and the notices store, as the page has them. */
export function freshRegistry() {
	const registry = createRegistry();
	registry.register( noticesStore );
	registry.register( store );
	return registry;
}
