#!/usr/bin/env node
/**
 * `npm run plugin-zip`: packs the built plugin into mainwp-application-passwords.zip.
 *
 * The zip holds only what runs on a site, under one folder named after the plugin, so that
 * WordPress installs it as `wp-content/plugins/mainwp-application-passwords/`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

import AdmZip from 'adm-zip';

import { PLUGIN_SLUG, PROJECT_ROOT } from './site.mjs';

/** Files and folders that make up the installed plugin. */
export const SHIPPED = [
	'plugin.php',
	'uninstall.php',
	'readme.txt',
	'LICENSE',
	'includes',
	'build',
	'languages',
];

/** Where the zip is written. */
export const ZIP_FILE = join( PROJECT_ROOT, `${ PLUGIN_SLUG }.zip` );

/** The zip must stay small enough for any host's upload limit. */
export const MAX_BYTES = 1024 * 1024;

/**
 * Tells whether a file stays out of the zip although its folder ships: dotfiles and source maps.
 *
 * @param {string} path Path relative to the project.
 * @return {boolean} True when the file must not ship.
 */
export function isExcluded( path ) {
	return (
		path.split( sep ).some( ( part ) => part.startsWith( '.' ) ) ||
		path.endsWith( '.map' )
	);
}

/**
 * Lists the files to ship, relative to the project, in a stable order.
 *
 * @return {string[]} Paths with `/` separators.
 */
export function shippedFiles() {
	const walk = ( path ) =>
		statSync( join( PROJECT_ROOT, path ) ).isDirectory()
			? readdirSync( join( PROJECT_ROOT, path ) )
					.sort()
					.flatMap( ( name ) => walk( join( path, name ) ) )
			: [ path ];
	return SHIPPED.flatMap( ( path ) => {
		if ( ! existsSync( join( PROJECT_ROOT, path ) ) ) {
			throw new Error(
				`${ path } is missing${ path === 'build' ? ': run "npm run build" first' : '' }.`
			);
		}
		return walk( path );
	} )
		.filter( ( path ) => ! isExcluded( path ) )
		.map( ( path ) => path.split( sep ).join( '/' ) );
}

/**
 * Writes the zip from the current build and returns its size.
 *
 * @return {{ file: string, bytes: number, count: number }} The zip, its size and file count.
 */
export function packPlugin() {
	if ( ! existsSync( join( PROJECT_ROOT, 'build', 'index.asset.php' ) ) ) {
		throw new Error( 'build/ is missing: run "npm run build" first.' );
	}
	const zip = new AdmZip();
	const files = shippedFiles();
	for ( const file of files ) {
		zip.addLocalFile(
			join( PROJECT_ROOT, file ),
			join( PLUGIN_SLUG, file, '..' ).split( sep ).join( '/' )
		);
	}
	zip.writeZip( ZIP_FILE );
	const bytes = statSync( ZIP_FILE ).size;
	if ( bytes >= MAX_BYTES ) {
		throw new Error(
			`${ relative( PROJECT_ROOT, ZIP_FILE ) } is ${ bytes } bytes; it must stay under 1 MB.`
		);
	}
	return { file: ZIP_FILE, bytes, count: files.length };
}

if ( import.meta.url === pathToFileURL( process.argv[ 1 ] ?? '' ).href ) {
	const { file, bytes, count } = packPlugin();
	process.stdout.write(
		`${ relative( PROJECT_ROOT, file ) }: ${ count } files, ${ bytes } bytes (${ ( bytes / 1024 ).toFixed( 1 ) } KB, limit 1024 KB)\n`
	);
}
