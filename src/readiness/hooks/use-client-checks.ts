/**
 * The client-side readiness checks, shared by every component that asks: their last answers
 * come with the page when the server kept them (an ordinary visit sends none of their
 * requests); otherwise they run once the table is shown and the page is idle, and the answers
 * are kept on the server for the next visits. "Check again" and a failed credential test run
 * them anew.
 */

import apiFetch from '@wordpress/api-fetch';
import { useEffect, useState } from '@wordpress/element';

import { OVERVIEW_NAMESPACE } from '../../api/owners';
import { useBoot } from '../../hooks/use-boot';
import { runClientChecks } from '../api';
import type { ClientChecks, LastChecks } from '../types';

/** What the screen knows of the checks at this moment. */
export interface ClientChecksState {
	/** The answers, or null while none are in. */
	checks: ClientChecks | null;
	/** When they were made (ISO 8601), or null while none are in. */
	checkedAt: string | null;
	/** Whether the checks are running now. */
	running: boolean;
}

let answers: LastChecks | null = null;
let seeded = false;
let running: Promise< void > | null = null;
const listeners = new Set< () => void >();

function notify() {
	listeners.forEach( ( listener ) => listener() );
}

function snapshot(): ClientChecksState {
	return {
		checks: answers?.checks ?? null,
		checkedAt: answers?.checkedAt ?? null,
		running: running !== null,
	};
}

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
 * Keeps the answers on the server for the next visits; a failure only means they run again.
 *
 * @param checks The answers.
 */
async function keep( checks: ClientChecks ): Promise< void > {
	try {
		await apiFetch( {
			path: `${ OVERVIEW_NAMESPACE }/readiness-checks`,
			method: 'POST',
			data: checks,
		} );
	} catch {
		// The page works the same; the next visit checks again.
	}
}

/**
 * Runs the checks, keeps their answers on the server, then shows them.
 *
 * @param wait Whether to wait for the page to be idle first (not when a person asked).
 */
function run( wait: boolean ): void {
	if ( running ) {
		return;
	}
	running = ( async () => {
		if ( wait ) {
			await whenIdle();
		}
		const checks = await runClientChecks();
		// Kept before they show: once the panel says the checks are done, none of their
		// requests is still ahead of the person's own on a server with few PHP workers.
		await keep( checks );
		answers = { checks, checkedAt: new Date().toISOString() };
	} )().finally( () => {
		running = null;
		notify();
	} );
	notify();
}

/**
 * Runs the checks again now, e.g. on "Check again" or after a credential test failed.
 */
export function checkAgain(): void {
	answers = null;
	run( false );
}

/**
 * Returns the checks' state; starts the checks once `enabled` is true and the page has
 * finished loading, unless the server kept answers from an earlier visit.
 *
 * @param enabled Whether the checks may run now (once the table is shown, so they never delay it).
 */
export function useClientChecksState( enabled: boolean ): ClientChecksState {
	const boot = useBoot();
	if ( ! seeded ) {
		seeded = true;
		answers = boot.readiness.lastChecks;
	}
	const [ state, setState ] = useState( snapshot );

	useEffect( () => {
		const listener = () => setState( snapshot() );
		listeners.add( listener );
		listener();
		return () => {
			listeners.delete( listener );
		};
	}, [] );

	useEffect( () => {
		if ( enabled && ! answers ) {
			run( true );
		}
	}, [ enabled ] );

	return state;
}

/**
 * Returns the checks' answers, or null until they are in.
 *
 * @param enabled Whether the checks may run now.
 */
export function useClientChecks( enabled: boolean ): ClientChecks | null {
	return useClientChecksState( enabled ).checks;
}
