/**
 * The client-side readiness checks, run once per page and shared by every component that asks.
 */

import { useEffect, useState } from '@wordpress/element';

import { runClientChecks } from '../api';
import type { ClientChecks } from '../types';

let pending: Promise< ClientChecks > | null = null;

/** Resolves once the page has loaded and the browser is idle, so the checks wait their turn. */
function whenIdle(): Promise< void > {
	return new Promise( ( resolve ) => {
		// Safari has no requestIdleCallback.
		const idle = () =>
			typeof window.requestIdleCallback === 'function'
				? window.requestIdleCallback( () => resolve() )
				: setTimeout( resolve, 0 );
		if ( document.readyState === 'complete' ) {
			idle();
		} else {
			window.addEventListener( 'load', idle, { once: true } );
		}
	} );
}

/**
 * Returns the checks' answers, or null until they are in; starts them once `enabled` is true
 * and the page has finished loading.
 *
 * @param enabled Whether the checks may run now (after the table's data, so they never delay it).
 */
export function useClientChecks( enabled: boolean ): ClientChecks | null {
	const [ checks, setChecks ] = useState< ClientChecks | null >( null );

	useEffect( () => {
		if ( ! enabled ) {
			return;
		}
		let mounted = true;
		pending ??= whenIdle().then( runClientChecks );
		pending.then( ( result ) => {
			if ( mounted ) {
				setChecks( result );
			}
		} );
		return () => {
			mounted = false;
		};
	}, [ enabled ] );

	return checks;
}
