#!/usr/bin/env node
/**
 * Benchmark of the all-users overview (not a test): the cost of its first page on a site with
 * 10 users against one with 1,000 users of whom 50 hold credentials, on WordPress 7.1 / PHP 8.3
 * in Playground. Prints median time, database queries and peak memory of the REST request.
 *
 * The overview walks only the users who hold application passwords, so its cost should follow
 * the number of holders and credentials, not the number of users.
 *
 * Then the cost scoped credentials add to one Basic-auth REST request (sign-in, authentication
 * errors, the per-request checks): WordPress alone, this plugin with a credential without a
 * policy, and with a credential with an expiry, read-only access and a 20-entry allowlist.
 * Target: no added query, under 1 ms.
 *
 * Usage: npm run benchmark [-- --runs=7] [--only=overview|auth]
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
const only = process.argv
	.find( ( arg ) => arg.startsWith( '--only=' ) )
	?.slice( 7 );
const url = `http://127.0.0.1:${ port }`;

const SCENARIOS = [
	{ users: 10, holders: 9 },
	{ users: 50, holders: 49 },
	{ users: 1000, holders: 50 },
];

async function probe( query, file = 'overview-probe.php' ) {
	const response = await fetch( `${ url }/${ file }?${ query }` );
	const body = await response.json();
	if ( ! response.ok || body.error ) {
		throw new Error(
			`Probe ${ query } failed: ${ JSON.stringify( body ) }`
		);
	}
	return body;
}

async function measure( scenario ) {
	return withSite( async () => {
		// The site has one administrator already (without credentials); add the rest.
		await probe(
			`action=seed&users=${ scenario.users - 1 }&holders=${ scenario.holders }`
		);
		// The first request warms PHP's opcode cache; it is not counted.
		await probe( 'action=measure&runs=1' );
		return await probe( `action=measure&runs=${ runs }` );
	} );
}

/**
 * Runs a task against a fresh throwaway site with the probes in its root.
 *
 * @param {() => Promise<any>} task What to do while the site runs.
 */
async function withSite( task ) {
	const dir = join( PROJECT_ROOT, '.cache', 'benchmark-site' );
	const core = prepareCore( dir, true );
	for ( const file of [ 'overview-probe.php', 'auth-probe.php' ] ) {
		copyFileSync(
			join( PROJECT_ROOT, 'bin', 'benchmark', file ),
			join( core, file )
		);
	}
	const server = spawnServer( serverArguments( { dir, port } ), {
		stdio: 'ignore',
	} );
	let exited = '';
	server.on( 'exit', ( code ) => ( exited = `server exited (${ code })` ) );
	try {
		await waitForSite( url, 240_000, () => exited );
		return await task();
	} finally {
		server.kill( 'SIGTERM' );
		await new Promise( ( done ) =>
			exited ? done() : server.once( 'exit', done )
		);
	}
}

const print = ( line = '' ) => process.stdout.write( `${ line }\n` );

async function overview() {
	const rows = [];
	for ( const scenario of SCENARIOS ) {
		print(
			`Measuring: ${ scenario.users } users, ${ scenario.holders } holding credentials…`
		);
		rows.push( { scenario, result: await measure( scenario ) } );
	}

	print(
		`\nOverview, first page (20 items), median of ${ runs } cold requests:\n`
	);
	const columns = [
		[ 'Users', ( { result } ) => result.users ],
		[ 'Holders', ( { scenario } ) => scenario.holders ],
		[ 'Credentials', ( { result } ) => result.total ],
		[ 'Time (ms)', ( { result } ) => result.medianMs.toFixed( 1 ) ],
		[ 'Queries', ( { result } ) => result.queries ],
		[
			'Peak memory (KB)',
			( { result } ) => Math.round( result.peakMemory / 1024 ),
		],
	];
	print( columns.map( ( [ title ] ) => title.padStart( 18 ) ).join( '' ) );
	for ( const row of rows ) {
		print(
			columns
				.map( ( [ , value ] ) => String( value( row ) ).padStart( 18 ) )
				.join( '' )
		);
	}
}

async function authentication() {
	print(
		'\nMeasuring: one Basic-auth REST sign-in, with and without policies…'
	);
	const authRuns = Math.max( 301, runs * 40 );
	const auth = await withSite( () =>
		probe( `runs=${ authRuns }`, 'auth-probe.php' )
	);
	print(
		`\nOne Basic-auth REST request's sign-in and checks, median of ${ auth.runs } (each with an empty object cache):\n`
	);
	const authRows = [
		[ 'Credential without a policy', auth.plainCore, auth.plain ],
		[
			'Credential with expiry, read, 20 IPs',
			auth.scopedCore,
			auth.scoped,
		],
	];
	print(
		[
			'Case'.padEnd( 40 ),
			'WordPress (ms)',
			'With plugin',
			'Added (ms)',
			'Queries',
			'Added',
		]
			.map( ( title, index ) => ( index ? title.padStart( 16 ) : title ) )
			.join( '' )
	);
	for ( const [ name, core, plugin ] of authRows ) {
		print(
			[
				name.padEnd( 40 ),
				core.medianMs.toFixed( 3 ),
				plugin.medianMs.toFixed( 3 ),
				( plugin.medianMs - core.medianMs ).toFixed( 3 ),
				`${ core.queries } → ${ plugin.queries }`,
				String( plugin.queries - core.queries ),
			]
				.map( ( cell, index ) =>
					index ? cell.padStart( 16 ) : cell
				)
				.join( '' )
		);
	}
}

if ( only !== 'auth' ) {
	await overview();
}
if ( only !== 'overview' ) {
	await authentication();
}
