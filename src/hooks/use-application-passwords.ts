/**
 * Loads an owner's application passwords once for a component.
 */

import { useEffect, useState } from '@wordpress/element';

import {
	listApplicationPasswords,
	type ApplicationPassword,
	type Owner,
} from '../api/application-passwords';
import { toRestError, type RestError } from '../api/errors';

/** What a component sees of the request: still loading, loaded, or failed. */
export type ApplicationPasswordsState =
	| { status: 'loading' }
	| { status: 'ready'; items: ApplicationPassword[] }
	| { status: 'error'; error: RestError };

/**
 * Fetches the owner's application passwords and tracks the request's outcome.
 *
 * @param owner Whose credentials.
 */
export function useApplicationPasswords(
	owner: Owner
): ApplicationPasswordsState {
	const [ state, setState ] = useState< ApplicationPasswordsState >( {
		status: 'loading',
	} );

	useEffect( () => {
		let current = true;
		setState( { status: 'loading' } );
		listApplicationPasswords( owner ).then(
			( items ) => current && setState( { status: 'ready', items } ),
			( error: unknown ) =>
				current &&
				setState( { status: 'error', error: toRestError( error ) } )
		);
		return () => {
			current = false;
		};
	}, [ owner ] );

	return state;
}
