/**
 * Runs a request from a form, tracking whether it is in flight and why it failed.
 */

import { useCallback, useState } from '@wordpress/element';

import { toRestError } from '../api/errors';

/** A form's view of its request: busy, the server's last refusal, and how to run one. */
export interface ServerAction {
	busy: boolean;
	error: string | null;
	/** Resolves true when the request succeeded. */
	run: ( action: () => Promise< unknown > ) => Promise< boolean >;
}

/**
 * Returns `run()`, which performs a request, keeps `busy` while it lasts and turns a failure
 * into the server's message, so that the form shows it and keeps what was typed.
 */
export function useServerAction(): ServerAction {
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< string | null >( null );
	const run = useCallback( async ( action: () => Promise< unknown > ) => {
		setBusy( true );
		setError( null );
		try {
			await action();
			return true;
		} catch ( failure ) {
			setError( toRestError( failure ).message );
			return false;
		} finally {
			setBusy( false );
		}
	}, [] );
	return { busy, error, run };
}
