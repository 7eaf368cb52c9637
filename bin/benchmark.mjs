#!/usr/bin/env node
/**
 * Benchmark of the all-users overview (not a test): the cost of its first page on a site with
 * 10 users against one with 1,000 users of whom 50 hold credentials, on WordPress 7.1 / PHP 8.3
 * in Playground. Prints median time, database queries and peak memory of the REST request.
 *
 * The overview walks only the users who hold application passwords, so its cost should follow
 * the number of holders and credentials, not the number of users.
 *
 * Usage: npm run benchmark [-- --runs=7]
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';

import {
	PROJECT_ROOT,
	prepareCore,
	serverArguments,
	spawnServer,
	waitForSite,
} from './site.mjs';

const port = Number( process.env.WP_BENCH_PORT || 8893 );
const runs = Number(
	process.argv.find( ( arg ) => arg.startsWith( '--runs=' ) )?.slice( 7 ) ?? 7
);
const url = `http://127.0.0.1:${ port }`;

const SCENARIOS = [
	{ label: '10 users, all holding credentials', users: 10, holders: 10 },
	{ label: '50 users, all holding credentials', users: 50, holders: 50 },
	{ label: '1,000 users, 50 holding credentials', users: 1000, holders: 50 },
];

async function probe( query ) {
	const response = await fetch( `${ url }/overview-probe.php?${ query }` );
	const body = await response.json();
	if ( ! response.ok || body.error ) {
		throw new Error(
			`Probe ${ query } failed: ${ JSON.stringify( body ) }`
		);
	}
	return body;
}

async function measure( scenario ) {
	const dir = join( PROJECT_ROOT, '.cache', 'benchmark-site' );
	const core = prepareCore( dir, true );
	copyFileSync(
		join( PROJECT_ROOT, 'bin', 'benchmark', 'overview-probe.php' ),
		join( core, 'overview-probe.php' )
	);
	const server = spawnServer( serverArguments( { dir, port } ), {
		stdio: 'ignore',
	} );
	let exited = '';
	server.on( 'exit', ( code ) => ( exited = `server exited (${ code })` ) );
	try {
		await waitForSite( url, 240_000, () => exited );
		// The site has one administrator already; add the rest.
		await probe(
			`action=seed&users=${ scenario.users - 1 }&holders=${ Math.min(
				scenario.holders,
				scenario.users - 1
			) }`
		);
		// The first request warms PHP's opcode cache; it is not counted.
		await probe( 'action=measure&runs=1' );
		return await probe( `action=measure&runs=${ runs }` );
	} finally {
		server.kill( 'SIGTERM' );
		await new Promise( ( done ) =>
			exited ? done() : server.once( 'exit', done )
		);
	}
}

const print = ( line = '' ) => process.stdout.write( `${ line }\n` );

const rows = [];
for ( const scenario of SCENARIOS ) {
	print( `Measuring: ${ scenario.label }…` );
	rows.push( { scenario, result: await measure( scenario ) } );
}

print(
	`\nOverview, first page (20 items), median of ${ runs } cold requests:\n`
);
print(
	[
		'Site',
		'Users',
		'Credentials',
		'Time (ms)',
		'Queries',
		'Peak memory (KB)',
	]
		.map( ( cell, index ) =>
			index ? cell.padStart( 12 ) : cell.padEnd( 38 )
		)
		.join( '' )
);
for ( const { scenario, result } of rows ) {
	print(
		[
			scenario.label.padEnd( 38 ),
			String( result.users ).padStart( 12 ),
			String( result.total ).padStart( 12 ),
			result.medianMs.toFixed( 1 ).padStart( 12 ),
			String( result.queries ).padStart( 12 ),
			String( Math.round( result.peakMemory / 1024 ) ).padStart( 12 ),
		].join( '' )
	);
}
