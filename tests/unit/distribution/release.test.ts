/**
 * The release files agree with each other: one version everywhere, a readme WordPress.org
 * accepts, and a translation template that matches the sources.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join( __dirname, '..', '..', '..' );
const read = ( file: string ): string =>
	readFileSync( join( root, file ), 'utf8' );

/**
 * Returns the value of a `Name: value` header line, or undefined.
 *
 * @param text Text holding header lines.
 * @param name Header name.
 */
function header( text: string, name: string ): string | undefined {
	return text
		.match( new RegExp( `^(?: \\* )?${ name }:[ \\t]*(.+)$`, 'm' ) )?.[ 1 ]
		?.trim();
}

describe( 'version', () => {
	const packageVersion = (
		JSON.parse( read( 'package.json' ) ) as {
			version: string;
		}
	 ).version;

	it( 'is a release version in package.json', () => {
		expect( packageVersion ).toMatch( /^\d+\.\d+\.\d+$/ );
	} );

	it( 'is the same in plugin.php, its constant, readme.txt and package-lock.json', () => {
		const plugin = read( 'plugin.php' );
		const lock = JSON.parse( read( 'package-lock.json' ) ) as {
			version: string;
		};
		expect( {
			'plugin.php header': header( plugin, 'Version' ),
			'plugin.php constant': plugin.match(
				/define\( 'MAINWP_APPLICATION_PASSWORDS_VERSION', '([^']+)' \)/
			)?.[ 1 ],
			'readme.txt Stable tag': header(
				read( 'readme.txt' ),
				'Stable tag'
			),
			'package-lock.json': lock.version,
		} ).toEqual( {
			'plugin.php header': packageVersion,
			'plugin.php constant': packageVersion,
			'readme.txt Stable tag': packageVersion,
			'package-lock.json': packageVersion,
		} );
	} );

	it( 'has a changelog entry in readme.txt', () => {
		expect( read( 'readme.txt' ) ).toContain( `= ${ packageVersion } =` );
	} );
} );

describe( 'readme.txt', () => {
	const readme = read( 'readme.txt' );
	const plugin = read( 'plugin.php' );

	it( 'names the plugin as plugin.php does', () => {
		expect( readme.split( '\n' )[ 0 ] ).toBe(
			`=== ${ header( plugin, 'Plugin Name' ) } ===`
		);
	} );

	it.each( [
		'Contributors',
		'Tags',
		'Requires at least',
		'Tested up to',
		'Requires PHP',
		'Stable tag',
		'License',
	] )( 'has the header %s', ( name ) => {
		expect( header( readme, name ) ).toBeTruthy();
	} );

	it( 'requires the same WordPress, PHP and license as plugin.php', () => {
		expect( {
			wordpress: header( readme, 'Requires at least' ),
			php: header( readme, 'Requires PHP' ),
			license: header( readme, 'License' ),
		} ).toEqual( {
			wordpress: header( plugin, 'Requires at least' ),
			php: header( plugin, 'Requires PHP' ),
			license: header( plugin, 'License' ),
		} );
	} );

	it( 'declares as minimums the oldest WordPress and the PHP the environment tests run, and its guard checks them', () => {
		// tests/e2e/environments/ runs the oldest release bin/wordpress-core.mjs prepares, on PHP 7.4.
		const releases = [
			...read( 'bin/wordpress-core.mjs' ).matchAll(
				/^\t'(\d+\.\d+)\.\d+': \{ debianVersion/gm
			),
		].map( ( match ) => match[ 1 ]! );
		const oldest = releases.sort( ( a, b ) =>
			a.localeCompare( b, 'en', { numeric: true } )
		)[ 0 ];
		const spec = read( 'tests/e2e/environments/environments.spec.ts' );
		const constant = ( name: string ) =>
			plugin.match(
				new RegExp(
					`define\\( 'MAINWP_APPLICATION_PASSWORDS_${ name }', '([^']+)' \\)`
				)
			)?.[ 1 ];
		expect( {
			wordpress: header( plugin, 'Requires at least' ),
			guardWordPress: constant( 'MIN_WP' ),
			php: header( plugin, 'Requires PHP' ),
			guardPhp: constant( 'MIN_PHP' ),
		} ).toEqual( {
			wordpress: oldest,
			guardWordPress: oldest,
			php: '7.4',
			guardPhp: '7.4',
		} );
		expect( spec ).toContain( `wp: '${ oldest }.` );
		expect( spec ).toContain( "php: '7.4'" );
	} );

	it( 'has at most five tags, as WordPress.org shows', () => {
		expect(
			header( readme, 'Tags' )!.split( ',' ).length
		).toBeLessThanOrEqual( 5 );
	} );

	it( 'has the sections WordPress.org shows', () => {
		const sections = [ ...readme.matchAll( /^== (.+) ==$/gm ) ].map(
			( match ) => match[ 1 ]
		);
		expect( sections ).toEqual( [
			'Description',
			'Installation',
			'Frequently Asked Questions',
			'Screenshots',
			'Changelog',
		] );
	} );

	it( 'answers the questions about HTTPS, the Authorization header and API keys', () => {
		const questions = [ ...readme.matchAll( /^= (.+\?) =$/gm ) ].map(
			( match ) => match[ 1 ]
		);
		expect( questions ).toEqual(
			expect.arrayContaining( [
				expect.stringMatching( /HTTPS/ ),
				expect.stringMatching( /Authorization header/ ),
				expect.stringMatching( /API keys/ ),
			] )
		);
	} );

	it( 'keeps the short description within the 150 characters WordPress.org shows', () => {
		const short = readme.split( /\n\n/ )[ 1 ]!.trim();
		expect( short.length ).toBeGreaterThan( 0 );
		expect( short.length ).toBeLessThanOrEqual( 150 );
	} );
} );

describe( 'translations', () => {
	it( 'uses the text domain everywhere, and the template holds exactly the sources’ strings', () => {
		const check = spawnSync(
			process.execPath,
			[ join( root, 'bin', 'i18n.mjs' ), '--check' ],
			{ cwd: root, encoding: 'utf8' }
		);
		expect( check.stderr ).toBe( '' );
		expect( check.status ).toBe( 0 );
	} );
} );
