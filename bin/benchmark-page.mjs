#!/usr/bin/env node
/**
 * Page benchmark (not a test; it prints figures and never fails on them): how soon an
 * administrator sees the first credential on core's profile.php, on MainWP's own
 * Application Passwords page (when the real MainWP runs) and on this plugin's page, in one run
 * on one site, alternating, cold (empty browser cache) and warm (same browser, second visit).
 *
 * For each page it prints the median and every run of: time from navigation start to the first
 * credential row in the DOM, time to the HTML's first byte (the server's answer), requests, REST
 * requests started before that row, time from the row
 * until the network is idle (no request in flight for 500 ms; given up after 15 s, naming what
 * was still pending), and the JavaScript and CSS the browser received (decoded bytes) before
 * the row and in all. Then the same page with many credentials: 500 for one user, and the
 * all-users overview with 1,000 users of whom 50 hold credentials.
 *
 * Usage: npm run benchmark:page [-- --runs=5] [--mainwp] [--no-many]
 *
 * --mainwp   runs on the real MainWP Dashboard 6.1.2 on MariaDB (bin/mainwp-site.mjs) instead of
 *            a plain SQLite site, and adds MainWP's own page (admin.php?page=ApplicationPasswords).
 * --no-many  skips the many-credentials figures.
 */
import { spawn } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium } from '@playwright/test';

import {
	ADMIN,
	PROJECT_ROOT,
	prepareCore,
	serverArguments,
	spawnServer,
	waitForSite,
} from './site.mjs';

const withMainWP = process.argv.includes( '--mainwp' );
const withMany = ! process.argv.includes( '--no-many' );
// The real-MainWP site takes the tests' real-MainWP port (WP_E2E_MAINWP_PORT) when one is set.
const port = Number(
	( withMainWP && process.env.WP_E2E_MAINWP_PORT ) ||
		process.env.WP_BENCH_PORT ||
		8893
);
const runs = Number(
	process.argv.find( ( arg ) => arg.startsWith( '--runs=' ) )?.slice( 7 ) ?? 5
);
const url = `http://127.0.0.1:${ port }`;
const IDLE_QUIET_MS = 500;
const IDLE_GIVE_UP_MS = 15_000;
const CREDENTIALS = 50;

const OUR_ROW = '.dataviews-view-table tbody tr';
// Inside MainWP the page lives under its API Access menu; without it, under Users.
const OUR_PATH = withMainWP
	? '/wp-admin/admin.php?page=RESTAPIManageAppPasswords'
	: '/wp-admin/users.php?page=mainwp-application-passwords';
const PAGES = [
	{
		key: 'core',
		label: "Core's profile.php",
		path: '/wp-admin/profile.php',
		row: '.application-passwords-list-table-wrapper tbody tr[data-uuid]',
	},
	...( withMainWP
		? [
				{
					key: 'mainwp',
					label: "MainWP's own page",
					path: '/wp-admin/admin.php?page=ApplicationPasswords',
					row: '#mainwp-application-password-table-body tr[data-uuid]',
				},
			]
		: [] ),
	// The same page without the rows PHP draws before the app (bin/benchmark/app-only.php turns
	// them off for this URL): both ways measured in one run, under the same load.
	{
		key: 'app',
		label: 'This page, app only',
		path: `${ OUR_PATH }&bench_app_only=1`,
		row: OUR_ROW,
	},
	{
		key: 'ours',
		label: 'This page',
		path: OUR_PATH,
		row: OUR_ROW,
	},
];
const MU_PLUGINS = [ 'app-only.php' ];

/** A visit that did not reach the row (counted as no figure, not as zero). */
const FAILED = {
	firstRow: NaN,
	firstByte: NaN,
	requests: NaN,
	restBeforeRow: NaN,
	idleAfter: NaN,
	stillPending: [],
	jsBeforeRow: NaN,
	jsTotal: NaN,
	cssTotal: NaN,
};
const print = ( line = '' ) => process.stdout.write( `${ line }\n` );
const median = ( values ) => {
	const sorted = values
		.filter( ( value ) => Number.isFinite( value ) )
		.sort( ( a, b ) => a - b );
	if ( ! sorted.length ) {
		return NaN;
	}
	const middle = Math.floor( sorted.length / 2 );
	return sorted.length % 2
		? sorted[ middle ]
		: ( sorted[ middle - 1 ] + sorted[ middle ] ) / 2;
};
const seconds = ( ms ) =>
	Number.isFinite( ms ) ? ( ms / 1000 ).toFixed( 2 ) : '>15';
const kb = ( bytes ) => ( bytes / 1024 ).toFixed( 0 );
const isRest = ( requestUrl ) =>
	requestUrl.includes( '/wp-json/' ) || requestUrl.includes( 'rest_route=' );

/**
 * Starts the real MainWP Dashboard on MariaDB (bin/mainwp-site.mjs) in its own folder, with the
 * seeders in its root; returns a function that stops it.
 */
async function startMainWPSite() {
	const dir = join( PROJECT_ROOT, '.cache', 'benchmark-mainwp' );
	const server = spawn(
		process.execPath,
		[ join( PROJECT_ROOT, 'bin', 'mainwp-site.mjs' ) ],
		{
			cwd: PROJECT_ROOT,
			env: {
				...process.env,
				REAL_MAINWP_DIR: dir,
				WP_E2E_MAINWP_PORT: String( port ),
			},
			stdio: [ 'ignore', 'inherit', 'inherit' ],
		}
	);
	let exited = '';
	server.on( 'exit', ( code ) => ( exited = `server exited (${ code })` ) );
	await waitForSite( url, 300_000, () => exited );
	// The site's core folder is mounted, so files copied now are served.
	for ( const seeder of [ 'page-seed.php', 'overview-probe.php' ] ) {
		copyFileSync(
			join( PROJECT_ROOT, 'bin', 'benchmark', seeder ),
			join( dir, 'site', 'wordpress', seeder )
		);
	}
	installBenchmarkMuPlugins( join( dir, 'site', 'wordpress' ) );
	return async () => {
		server.kill( 'SIGTERM' );
		await new Promise( ( done ) =>
			exited ? done() : server.once( 'exit', done )
		);
	};
}

/**
 * Copies the benchmark's must-use plugins into a site's core folder (read on every request).
 *
 * @param {string} core The site's WordPress folder.
 */
function installBenchmarkMuPlugins( core ) {
	const target = join( core, 'wp-content', 'mu-plugins' );
	mkdirSync( target, { recursive: true } );
	for ( const file of MU_PLUGINS ) {
		copyFileSync(
			join( PROJECT_ROOT, 'bin', 'benchmark', file ),
			join( target, `benchmark-${ file }` )
		);
	}
}

/**
 * Starts a throwaway site with the plugin active, returns a function that stops it.
 */
async function startSite() {
	const dir = join( PROJECT_ROOT, '.cache', 'benchmark-page-site' );
	const core = prepareCore( dir, true );
	for ( const seeder of [ 'page-seed.php', 'overview-probe.php' ] ) {
		copyFileSync(
			join( PROJECT_ROOT, 'bin', 'benchmark', seeder ),
			join( core, seeder )
		);
	}
	installBenchmarkMuPlugins( core );
	const server = spawnServer( serverArguments( { dir, port } ), {
		stdio: 'ignore',
	} );
	let exited = '';
	server.on( 'exit', ( code ) => ( exited = `server exited (${ code })` ) );
	await waitForSite( url, 240_000, () => exited );
	return async () => {
		server.kill( 'SIGTERM' );
		await new Promise( ( done ) =>
			exited ? done() : server.once( 'exit', done )
		);
	};
}

async function seed( query, seeder = 'page-seed.php' ) {
	const response = await fetch( `${ url }/${ seeder }?${ query }` );
	if ( ! response.ok ) {
		throw new Error( `Seeding ${ query } failed: ${ response.status }` );
	}
	return response.json();
}

async function logIn( browser ) {
	const context = await browser.newContext();
	const page = await context.newPage();
	page.setDefaultTimeout( 120_000 );
	await page.goto( `${ url }/wp-login.php`, { timeout: 120_000 } );
	await page.fill( '#user_login', ADMIN.username );
	await page.fill( '#user_pass', ADMIN.password );
	await Promise.all( [
		page.waitForURL( /wp-admin/, { timeout: 120_000 } ),
		page.click( '#wp-submit' ),
	] );
	// The first admin page after boot is slow on Playground; warm every page once, uncounted.
	// An administrator's first visit to this page also runs the readiness checks, and the site
	// keeps their answers for a day: that visit waits until they are kept, so that the runs
	// measure ordinary visits (the site is new, so the first visit always runs them).
	for ( const target of PAGES ) {
		const kept =
			target.key === 'ours'
				? page.waitForResponse(
						( response ) =>
							response.url().includes( '/readiness-checks' ),
						{ timeout: 240_000 }
					)
				: null;
		await page.goto( url + target.path, { timeout: 120_000 } );
		await kept?.catch( () =>
			print( 'The readiness checks were not kept on the first visit.' )
		);
	}
	const state = await context.storageState();
	await context.close();
	return state;
}

/**
 * Loads a page and measures it; `page` may be reused (warm) or new (cold).
 *
 * @param {import('@playwright/test').Page} page   Browser tab.
 * @param {{path: string, row: string}}     target The page and its first row's selector.
 */
async function visit( page, target ) {
	const requests = new Map();
	const onRequest = ( request ) =>
		requests.set( request, { start: Date.now(), end: null } );
	const onDone = ( request ) => {
		const entry = requests.get( request );
		if ( entry ) {
			entry.end = Date.now();
		}
	};
	page.on( 'request', onRequest );
	page.on( 'requestfinished', onDone );
	page.on( 'requestfailed', onDone );
	try {
		// A busy machine can take long to answer; a slow run is a figure, not a failure.
		await page.goto( url + target.path, {
			waitUntil: 'commit',
			timeout: 120_000,
		} );
		await page.waitForFunction( () => window.__firstRow, null, {
			timeout: 120_000,
		} );
		const timing = await page.evaluate( () => ( {
			origin: performance.timeOrigin,
			row: window.__firstRow,
			// The server's time to answer: the HTML's first byte.
			firstByte:
				performance.getEntriesByType( 'navigation' )[ 0 ]
					?.responseStart ?? NaN,
		} ) );
		const rowAt = timing.origin + timing.row;

		// Network idle: nothing in flight and nothing finished for IDLE_QUIET_MS.
		let idleAfter = NaN;
		while ( Date.now() - rowAt < IDLE_GIVE_UP_MS ) {
			const entries = [ ...requests.values() ];
			const pending = entries.filter( ( entry ) => entry.end === null );
			const lastEnd = Math.max(
				rowAt,
				...entries.map( ( entry ) => entry.end ?? 0 )
			);
			if ( ! pending.length && Date.now() - lastEnd >= IDLE_QUIET_MS ) {
				idleAfter = lastEnd - rowAt;
				break;
			}
			await new Promise( ( done ) => setTimeout( done, 50 ) );
		}
		const stillPending = [ ...requests ]
			.filter( ( [ , entry ] ) => entry.end === null )
			.map( ( [ request ] ) => request.url() );

		const resources = await page.evaluate( () =>
			performance.getEntriesByType( 'resource' ).map( ( entry ) => ( {
				name: entry.name.split( '?' )[ 0 ],
				size: entry.decodedBodySize,
				end: entry.responseEnd,
			} ) )
		);
		const bytes = ( extension, beforeRow ) =>
			resources
				.filter(
					( entry ) =>
						entry.name.endsWith( extension ) &&
						( ! beforeRow || entry.end <= timing.row )
				)
				.reduce( ( sum, entry ) => sum + entry.size, 0 );

		return {
			firstRow: timing.row,
			firstByte: timing.firstByte,
			requests: requests.size,
			restBeforeRow: [ ...requests ].filter(
				( [ request, entry ] ) =>
					isRest( request.url() ) && entry.start <= rowAt
			).length,
			idleAfter,
			stillPending,
			jsBeforeRow: bytes( '.js', true ),
			jsTotal: bytes( '.js', false ),
			cssTotal: bytes( '.css', false ),
		};
	} finally {
		page.off( 'request', onRequest );
		page.off( 'requestfinished', onDone );
		page.off( 'requestfailed', onDone );
	}
}

async function newTab( browser, state, target ) {
	const context = await browser.newContext( { storageState: state } );
	// A busy machine can take long to answer; a slow step is a figure, not a failure.
	context.setDefaultTimeout( 120_000 );
	await context.addInitScript( ( selector ) => {
		const observer = new window.MutationObserver( () => {
			if ( ! window.__firstRow && document.querySelector( selector ) ) {
				window.__firstRow = performance.now();
				observer.disconnect();
			}
		} );
		observer.observe( document, { childList: true, subtree: true } );
	}, target.row );
	return { context, page: await context.newPage() };
}

function report( results ) {
	print(
		`\nFirst credential row, ${ CREDENTIALS } credentials, ${ runs } alternating runs each (s):\n`
	);
	const header = [
		'Page'.padEnd( 22 ),
		'Mode'.padEnd( 6 ),
		'Median'.padStart( 7 ),
		'  All runs'.padEnd( 34 ),
		'1st byte'.padStart( 9 ),
		'Req'.padStart( 5 ),
		'REST<row'.padStart( 9 ),
		'Idle after'.padStart( 11 ),
		'JS<row KB'.padStart( 10 ),
		'JS KB'.padStart( 7 ),
		'CSS KB'.padStart( 7 ),
	];
	print( header.join( '' ) );
	for ( const target of PAGES ) {
		for ( const mode of [ 'cold', 'warm' ] ) {
			const list = results[ target.key ][ mode ];
			const pick = ( key ) => median( list.map( ( run ) => run[ key ] ) );
			const idle = list.map( ( run ) => run.idleAfter );
			print(
				[
					target.label.padEnd( 22 ),
					mode.padEnd( 6 ),
					seconds( pick( 'firstRow' ) ).padStart( 7 ),
					(
						'  ' +
						list
							.map( ( run ) => seconds( run.firstRow ) )
							.join( ' ' )
					).padEnd( 34 ),
					seconds( pick( 'firstByte' ) ).padStart( 9 ),
					String( pick( 'requests' ) ).padStart( 5 ),
					String( pick( 'restBeforeRow' ) ).padStart( 9 ),
					seconds(
						idle.some( ( value ) => ! Number.isFinite( value ) )
							? NaN
							: median( idle )
					).padStart( 11 ),
					kb( pick( 'jsBeforeRow' ) ).padStart( 10 ),
					kb( pick( 'jsTotal' ) ).padStart( 7 ),
					kb( pick( 'cssTotal' ) ).padStart( 7 ),
				].join( '' )
			);
		}
	}
	const pending = new Set(
		PAGES.flatMap( ( target ) =>
			[ ...results[ target.key ].cold, ...results[ target.key ].warm ]
				.flatMap( ( run ) => run.stillPending )
				.map( ( pendingUrl ) => `${ target.label }: ${ pendingUrl }` )
		)
	);
	if ( pending.size ) {
		print( `\nStill pending ${ IDLE_GIVE_UP_MS / 1000 } s after the row:` );
		pending.forEach( ( line ) => print( `  ${ line }` ) );
	}
	print( '\nRatios of medians (this page / other):' );
	for ( const other of PAGES.filter( ( target ) => target.key !== 'ours' ) ) {
		const ratio = ( mode ) =>
			(
				median( results.ours[ mode ].map( ( run ) => run.firstRow ) ) /
				median(
					results[ other.key ][ mode ].map( ( run ) => run.firstRow )
				)
			).toFixed( 2 );
		print(
			`  ${ other.label }: cold ${ ratio( 'cold' ) }, warm ${ ratio( 'warm' ) }`
		);
	}
}

function bundleSizes() {
	const build = join( PROJECT_ROOT, 'build' );
	if ( ! existsSync( build ) ) {
		return;
	}
	print( '\nThis plugin’s build (minified / gzip KB):' );
	for ( const file of readdirSync( build ).filter( ( name ) =>
		/\.(js|css)$/.test( name )
	) ) {
		const content = readFileSync( join( build, file ) );
		print(
			`  ${ file.padEnd( 32 ) }${ kb( content.length ).padStart(
				7
			) }${ kb( gzipSync( content ).length ).padStart( 7 ) }`
		);
	}
}

async function manyCredentials( browser, state ) {
	await seed( `credentials=${ 500 - CREDENTIALS }` );
	// The site has one administrator already; overview-probe.php adds the other 999 users.
	await seed( 'action=seed&users=999&holders=50', 'overview-probe.php' );
	print(
		'\nMany credentials (this page, median of 3 cold visits; time to first row, a click on Next page to its rows, typing a search to filtered rows):'
	);
	const scenarios = [
		{
			label: '500 credentials, one user',
			path: OUR_PATH,
			search: 'Bench 0499',
			matches: 1,
		},
		{
			label: 'All users: 1,000 users, 50 holders',
			path: `${ OUR_PATH }&view=all`,
			search: 'bench-00001',
			matches: 2,
		},
	];
	for ( const scenario of scenarios ) {
		const rows = [];
		for ( let run = 0; run < 3; run++ ) {
			const target = { path: scenario.path, row: OUR_ROW };
			const { context, page } = await newTab( browser, state, target );
			const visited = await visit( page, target );
			// Paging on: from a click on "Next page" (once the app shows it) to other rows.
			const nextPage = page.getByRole( 'button', { name: 'Next page' } );
			await nextPage.waitFor( { timeout: 120_000 } );
			const before = await page.locator( OUR_ROW ).first().textContent();
			const pagingStarted = await page.evaluate( () =>
				performance.now()
			);
			await nextPage.click();
			await page.waitForFunction(
				( [ selector, text ] ) =>
					document.querySelector( selector )?.textContent !== text,
				[ OUR_ROW, before ],
				{ timeout: 60_000 }
			);
			const paged = await page.evaluate( () => performance.now() );
			const searchbox = page.getByRole( 'searchbox' ).first();
			await searchbox.focus();
			const started = await page.evaluate( () => performance.now() );
			await page.keyboard.type( scenario.search );
			await page.waitForFunction(
				( [ selector, text, count ] ) => {
					const found = [ ...document.querySelectorAll( selector ) ];
					return (
						found.length === count &&
						found.every( ( row ) =>
							row.textContent.includes( text )
						)
					);
				},
				[ OUR_ROW, scenario.search, scenario.matches ],
				{ timeout: 60_000 }
			);
			const filtered = await page.evaluate( () => performance.now() );
			rows.push( {
				firstRow: visited.firstRow,
				paging: paged - pagingStarted,
				search: filtered - started,
			} );
			await context.close();
		}
		print(
			`  ${ scenario.label.padEnd( 36 ) } first row ${ seconds(
				median( rows.map( ( row ) => row.firstRow ) )
			) } s; next page ${ seconds(
				median( rows.map( ( row ) => row.paging ) )
			) } s; typing "${ scenario.search }" to filtered rows ${ seconds(
				median( rows.map( ( row ) => row.search ) )
			) } s`
		);
	}
}

print(
	withMainWP
		? `Real MainWP Dashboard on MariaDB at ${ url }`
		: `Plain WordPress (SQLite) at ${ url }`
);
const stop = await ( withMainWP ? startMainWPSite() : startSite() );
const browser = await chromium.launch( {
	executablePath:
		process.env.CHROMIUM_PATH ??
		( existsSync( '/usr/bin/chromium' ) ? '/usr/bin/chromium' : undefined ),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
} );
try {
	print( `Seeding ${ CREDENTIALS } credentials for admin…` );
	await seed( `credentials=${ CREDENTIALS }` );
	const state = await logIn( browser );
	const results = Object.fromEntries(
		PAGES.map( ( target ) => [ target.key, { cold: [], warm: [] } ] )
	);
	for ( let run = 0; run < runs; run++ ) {
		for ( const target of PAGES ) {
			const { context, page } = await newTab( browser, state, target );
			for ( const mode of [ 'cold', 'warm' ] ) {
				results[ target.key ][ mode ].push(
					await visit( page, target ).catch( ( error ) => {
						print(
							`  ${ target.label } ${ mode }: ${ error.message.split( '\n' )[ 0 ] }`
						);
						return FAILED;
					} )
				);
			}
			await context.close();
		}
		print( `Run ${ run + 1 } of ${ runs } done.` );
	}
	report( results );
	bundleSizes();
	if ( withMany ) {
		// The figures above stand even when the site gives out under the many-users seeding.
		await manyCredentials( browser, state ).catch( ( error ) =>
			print( `  Many credentials not measured: ${ error.message }` )
		);
	}
} finally {
	await browser.close();
	await stop();
}
