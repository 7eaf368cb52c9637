#!/usr/bin/env node
/**
 * `npm run i18n`: writes languages/mainwp-application-passwords.pot from the PHP and TypeScript
 * sources, with @wp-blocks/make-pot (WP-CLI's `i18n make-pot`, without PHP).
 *
 * `node bin/i18n.mjs --check` writes nothing: it fails when the committed template misses or
 * keeps strings the sources no longer have, or when a string uses another text domain.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { PLUGIN_SLUG, PROJECT_ROOT } from './site.mjs';

export const POT_FILE = join(
	PROJECT_ROOT,
	'languages',
	`${ PLUGIN_SLUG }.pot`
);
const SOURCES = 'plugin.php,uninstall.php,includes/**,src/**';

/**
 * Strings the plugin takes from WordPress core's own text domain on purpose, so they read (and
 * are translated) exactly as core's: see includes/class-access.php, and the refusals of
 * includes/class-rest-overview.php and includes/class-rotation.php that match core's
 * application-password routes.
 */
const CORE_STRINGS = new Set( [
	'Sorry, you are not allowed to access this page.',
	'Invalid user ID.',
	'Sorry, you are not allowed to list application passwords for this user.',
	'Sorry, you are not allowed to create application passwords for this user.',
	'Application password not found.',
	// Core's date words and format, as core gives them to wp.date: the rows PHP draws before
	// the app (includes/class-first-rows.php) read the same as the app's dates.
	'F j, Y g:i a',
	'a second',
	'%d seconds',
	'a minute',
	'%d minutes',
	'an hour',
	'%d hours',
	'a day',
	'%d days',
	'a month',
	'%d months',
	'a year',
	'%d years',
	'%s from now',
	'%s ago',
] );

const require = createRequire( import.meta.url );
const MAKE_POT = join(
	dirname( require.resolve( '@wp-blocks/make-pot/package.json' ) ),
	'lib',
	'makePot.js'
);

/**
 * Runs make-pot over the sources and returns the template's text.
 *
 * @param {boolean} ignoreDomain Collect strings of every text domain, not only the plugin's.
 * @return {string} The .pot file's content.
 */
export function extractTemplate( ignoreDomain = false ) {
	const out = mkdtempSync( join( tmpdir(), 'mainwp-ap-i18n-' ) );
	try {
		// The tool reads the plugin headers from `<slug>.php`: here that file is plugin.php.
		const result = spawnSync(
			process.execPath,
			[
				MAKE_POT,
				'.',
				relative( PROJECT_ROOT, out ),
				'--slug=plugin',
				'--domain=plugin',
				`--include=${ SOURCES }`,
				ignoreDomain
					? '--ignore-domain'
					: `--translation-domains=${ PLUGIN_SLUG }`,
				'--charset=utf-8',
				'--headers=email:EMAIL@ADDRESS',
				'--skip-audit',
				'--silent',
			],
			{
				cwd: PROJECT_ROOT,
				encoding: 'utf8',
				stdio: [ 'ignore', 'pipe', 'pipe' ],
			}
		);
		if ( result.status !== 0 ) {
			throw new Error(
				`make-pot failed:\n${ result.stdout }${ result.stderr }`
			);
		}
		const pot = readFileSync( join( out, 'plugin.pot' ), 'utf8' );
		const bugs = readFileSync(
			join( PROJECT_ROOT, 'plugin.php' ),
			'utf8'
		).match( /^ \* Plugin URI:\s*(\S+)/m )?.[ 1 ];
		// The tool assumes a WordPress.org support forum; this plugin takes reports where it lives.
		return pot.replace(
			/^"Report-Msgid-Bugs-To: .*\\n"$/m,
			`"Report-Msgid-Bugs-To: ${ bugs }/issues\\n"`
		);
	} finally {
		rmSync( out, { recursive: true, force: true } );
	}
}

/**
 * Lists a template's source strings (singular, with context when there is one).
 *
 * @param {string} pot Template text.
 * @return {Set<string>} The strings.
 */
export function templateStrings( pot ) {
	const strings = new Set();
	for ( const entry of pot.split( /\n\n/ ) ) {
		const unquote = ( key ) => {
			const match = entry.match(
				new RegExp( `^${ key } ((?:".*"\\n?)+)`, 'm' )
			);
			return match
				? match[ 1 ]
						.trim()
						.split( '\n' )
						.map( ( line ) => JSON.parse( line ) )
						.join( '' )
				: undefined;
		};
		const msgid = unquote( 'msgid' );
		if ( msgid ) {
			const context = unquote( 'msgctxt' );
			strings.add( context ? `${ context }\u0004${ msgid }` : msgid );
		}
	}
	return strings;
}

/**
 * Finds what is wrong with the committed template and the sources' text domains.
 *
 * @return {string[]} Problems, one per line; empty when all is well.
 */
export function checkTranslations() {
	let committed;
	try {
		committed = templateStrings( readFileSync( POT_FILE, 'utf8' ) );
	} catch {
		return [
			`${ relative( PROJECT_ROOT, POT_FILE ) } is missing: run "npm run i18n".`,
		];
	}
	const fresh = templateStrings( extractTemplate() );
	const everyDomain = templateStrings( extractTemplate( true ) );
	const problems = [];
	for ( const string of fresh ) {
		if ( ! committed.has( string ) ) {
			problems.push(
				`Not in the template (run "npm run i18n"): ${ string }`
			);
		}
	}
	for ( const string of committed ) {
		if ( ! fresh.has( string ) ) {
			problems.push(
				`No longer in the sources (run "npm run i18n"): ${ string }`
			);
		}
	}
	for ( const string of everyDomain ) {
		if ( ! fresh.has( string ) && ! CORE_STRINGS.has( string ) ) {
			problems.push(
				`Not in the text domain ${ PLUGIN_SLUG }: ${ string }`
			);
		}
	}
	return problems;
}

if ( process.argv[ 1 ] === fileURLToPath( import.meta.url ) ) {
	if ( process.argv.includes( '--check' ) ) {
		const problems = checkTranslations();
		process.stderr.write(
			problems.map( ( line ) => `${ line }\n` ).join( '' )
		);
		process.exitCode = problems.length ? 1 : 0;
	} else {
		const pot = extractTemplate();
		writeFileSync( POT_FILE, pot );
		process.stdout.write(
			`${ relative( PROJECT_ROOT, POT_FILE ) }: ${ templateStrings( pot ).size } strings\n`
		);
	}
}
