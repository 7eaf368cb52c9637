#!/usr/bin/env node
/**
 * Runs the PHP tests in tests/php/ with PHP itself, compiled to WebAssembly: no PHP install needed.
 *
 * They cover the plugin's PHP that needs no WordPress, on the oldest PHP the plugin supports and
 * on the newest PHP there is; tests/php/run.php prints each test and a closing count.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { loadNodeRuntime } from '@php-wasm/node';
import { PHP } from '@php-wasm/universal';

import { PROJECT_ROOT } from './site.mjs';

const VERSIONS = [ '7.4', '8.5' ];
const FOLDERS = [ 'includes', join( 'tests', 'php' ) ];
const ROOT = '/plugin';

function files( dir ) {
	return readdirSync( dir, { withFileTypes: true } ).flatMap( ( entry ) => {
		const path = join( dir, entry.name );
		return entry.isDirectory() ? files( path ) : [ path ];
	} );
}

let failed = false;
for ( const version of VERSIONS ) {
	const php = new PHP(
		await loadNodeRuntime( version, {
			emscriptenOptions: { processId: 1 },
		} )
	);
	for ( const file of FOLDERS.flatMap( ( folder ) =>
		files( join( PROJECT_ROOT, folder ) )
	) ) {
		const target = `${ ROOT }/${ relative( PROJECT_ROOT, file ) }`;
		php.mkdir( target.slice( 0, target.lastIndexOf( '/' ) ) );
		php.writeFile( target, readFileSync( file ) );
	}
	let result;
	try {
		result = await php.run( {
			scriptPath: `${ ROOT }/tests/php/run.php`,
		} );
	} catch ( error ) {
		// A failed test (exit 1) or a fatal error: php-wasm throws, keeping PHP's response.
		result = error?.response ?? {
			text: String( error?.message ?? error ),
			exitCode: 1,
		};
	}
	process.stdout.write( result.text );
	if ( result.errors ) {
		process.stderr.write( result.errors );
	}
	if ( result.exitCode !== 0 || ! / 0 failed\n$/.test( result.text ) ) {
		failed = true;
	}
	php.exit();
}
process.exit( failed ? 1 : 0 );
