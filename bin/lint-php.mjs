#!/usr/bin/env node
/**
 * Syntax-checks every PHP file with PHP itself, compiled to WebAssembly: no PHP install needed.
 *
 * Checked on the oldest PHP the plugin supports and on the newest PHP there is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { loadNodeRuntime } from '@php-wasm/node';
import { PHP } from '@php-wasm/universal';

import { PROJECT_ROOT } from './site.mjs';

const VERSIONS = [ '7.4', '8.5' ];
const SKIP = new Set( [
	'node_modules',
	'build',
	'artifacts',
	'vendor',
	'.cache',
	'.wp-dev',
	'.git',
] );

function phpFiles( dir ) {
	return readdirSync( dir, { withFileTypes: true } ).flatMap( ( entry ) => {
		if ( SKIP.has( entry.name ) ) {
			return [];
		}
		const path = join( dir, entry.name );
		if ( entry.isDirectory() ) {
			return phpFiles( path );
		}
		return entry.name.endsWith( '.php' ) ? [ path ] : [];
	} );
}

// TOKEN_PARSE runs the real parser, so this fails exactly where `php -l` would.
const CHECK = `<?php
try {
	token_get_all( file_get_contents( '/lint/file.php' ), TOKEN_PARSE );
	echo 'ok';
} catch ( ParseError $e ) {
	echo 'line ', $e->getLine(), ': ', $e->getMessage();
}`;

const files = phpFiles( PROJECT_ROOT );
let failures = 0;
for ( const version of VERSIONS ) {
	const php = new PHP(
		await loadNodeRuntime( version, {
			emscriptenOptions: { processId: 1 },
		} )
	);
	php.mkdir( '/lint' );
	for ( const file of files ) {
		php.writeFile( '/lint/file.php', readFileSync( file ) );
		const result = ( await php.run( { code: CHECK } ) ).text;
		if ( result !== 'ok' ) {
			failures++;
			process.stderr.write(
				`PHP ${ version }: ${ relative( PROJECT_ROOT, file ) } ${ result }\n`
			);
		}
	}
	php.exit();
}
process.stdout.write(
	`PHP syntax: ${ files.length } files checked on PHP ${ VERSIONS.join( ' and ' ) }, ${ failures } errors.\n`
);
process.exit( failures ? 1 : 0 );
