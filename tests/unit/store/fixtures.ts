/**
 * The store's own test fixtures: a fresh registry with the store, and core's answers; the
 * credentials and owners come from the unit tests' shared fixtures.
 */

import { createRegistry } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

import type { ApplicationPassword } from '../../../src/api/application-passwords';
import { store } from '../../../src/store';
import { applicationPassword } from '../fixtures';

/** A request as the store's code hands it to api-fetch. */
export type Request = {
	path: string;
	method?: string;
	parse?: boolean;
	data?: { requests: Array< { path: string; method: string } > };
};

export { credentials, ownerSummary as owner } from '../fixtures';

/**
 * A credential as the app keeps it.
 *
 * @param uuid Its id, also its name unless given.
 * @param name Its name.
 */
export const item = ( uuid: string, name = uuid ): ApplicationPassword =>
	applicationPassword( { uuid, name } );

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
