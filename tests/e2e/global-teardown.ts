/**
 * Fails the run when a site's PHP log got a notice, warning, deprecation, fatal error or
 * database error during it, naming each entry: the plugin (or a test fixture) caused it.
 */

import { join } from 'node:path';

import { problemsSince, runSites } from './utils/php-log';

export default function globalTeardown(): void {
	const started = Number( process.env.E2E_RUN_STARTED );
	const problems = problemsSince(
		runSites( join( __dirname, '..', '..' ) ),
		started
	);
	if ( problems.length > 0 ) {
		// Each different entry once, with how often and when first.
		const seen = new Map< string, { first: string; count: number } >();
		for ( const entry of problems ) {
			const key = `[${ entry.log }] ${ entry.text.replace( /^\[[^\]]+\] /, '' ) }`;
			const known = seen.get( key );
			if ( known ) {
				known.count++;
			} else {
				seen.set( key, {
					first: new Date( entry.time ).toISOString(),
					count: 1,
				} );
			}
		}
		throw new Error(
			`The sites' PHP logs got ${ problems.length } notice(s), warning(s) or error(s) during this run:\n` +
				[ ...seen ]
					.map(
						( [ key, { first, count } ] ) =>
							`${ key } (${ count }x, first at ${ first })`
					)
					.join( '\n' )
		);
	}
}
