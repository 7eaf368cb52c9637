#!/usr/bin/env node
/**
 * Finds or prepares a pristine WordPress core for Playground, without needing wordpress.org.
 *
 * Order: WP_CORE_DIR (the user's own copy); a copy this project prepared before in
 * .cache/; Debian's `wordpress` package (no wordpress.org needed); wordpress.org's tarball.
 */
import { execFileSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
	cpSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WP_VERSION = '7.1.4';
const DEBIAN_VERSION = '7.1.4+dfsg1-1';
const DEBIAN_PACKAGES = [
	`wordpress=${ DEBIAN_VERSION }`,
	'libjs-cropper',
	'libjs-jquery-ui',
	'libjs-lodash',
	'libjs-underscore',
	'libphp-phpmailer',
	'php-getid3',
	'wordpress-theme-twentytwentyfive',
];

const projectRoot = resolve(
	dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const cacheRoot = join( projectRoot, '.cache' );
const preparedCore = join( cacheRoot, `wordpress-${ WP_VERSION }` );

/**
 * Reads `$wp_version` from a core folder, or null when the folder holds no WordPress.
 *
 * @param {string} dir Core folder.
 * @return {string|null} Version.
 */
export function readCoreVersion( dir ) {
	const file = join( dir, 'wp-includes', 'version.php' );
	if ( ! existsSync( file ) ) {
		return null;
	}
	const match = readFileSync( file, 'utf8' ).match(
		/\$wp_version\s*=\s*'([^']+)'/
	);
	return match ? match[ 1 ] : null;
}

function log( message ) {
	process.stderr.write( `[wordpress-core] ${ message }\n` );
}

function run( command, args, options = {} ) {
	execFileSync( command, args, {
		stdio: [ 'ignore', 'ignore', 'inherit' ],
		...options,
	} );
}

function hasCommand( command ) {
	try {
		execFileSync( 'sh', [ '-c', `command -v ${ command }` ], {
			stdio: 'ignore',
		} );
		return true;
	} catch {
		return false;
	}
}

/**
 * Builds the core from Debian's sid packages, with apt pointed at private state.
 *
 * @param {string} target Folder to create.
 */
function prepareFromDebian( target ) {
	const work = join( cacheRoot, 'debian' );
	rmSync( work, { recursive: true, force: true } );
	for ( const dir of [
		'lists/partial',
		'cache/archives/partial',
		'debs',
		'root',
	] ) {
		mkdirSync( join( work, dir ), { recursive: true } );
	}
	const sources = join( work, 'sid.sources' );
	writeFileSync(
		sources,
		[
			'Types: deb',
			'URIs: http://deb.debian.org/debian',
			'Suites: sid',
			'Components: main',
			'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
			'',
		].join( '\n' )
	);
	const aptOptions = [
		'-o',
		`Dir::Etc::sourcelist=${ sources }`,
		'-o',
		'Dir::Etc::sourceparts=/nonexistent',
		'-o',
		`Dir::State::Lists=${ join( work, 'lists' ) }`,
		'-o',
		`Dir::Cache=${ join( work, 'cache' ) }`,
		'-o',
		'APT::Sandbox::User=root',
	];
	log( 'Fetching WordPress from Debian (sid)…' );
	run( 'apt-get', [ ...aptOptions, 'update' ] );
	run( 'apt-get', [ ...aptOptions, 'download', ...DEBIAN_PACKAGES ], {
		cwd: join( work, 'debs' ),
	} );
	for ( const deb of readdirSync( join( work, 'debs' ) ).filter( ( f ) =>
		f.endsWith( '.deb' )
	) ) {
		run( 'dpkg-deb', [
			'-x',
			join( work, 'debs', deb ),
			join( work, 'root' ),
		] );
	}
	const packaged = join( work, 'root', 'usr', 'share', 'wordpress' );
	// Debian's own loader and its link to /etc: neither belongs in a portable core.
	rmSync( join( packaged, 'wp-config.php' ), { force: true } );
	rmSync( join( packaged, '.htaccess' ), { force: true } );
	// -L turns Debian's symlinks to shared libraries into real files.
	run( 'cp', [ '-rL', packaged, target ] );
	rmSync( work, { recursive: true, force: true } );
}

/**
 * Downloads the release tarball from wordpress.org, for machines that can reach it.
 *
 * @param {string} target Folder to create.
 */
function prepareFromWordPressOrg( target ) {
	const work = join( cacheRoot, 'wordpress-org' );
	rmSync( work, { recursive: true, force: true } );
	mkdirSync( work, { recursive: true } );
	const tarball = join( work, 'wordpress.tar.gz' );
	log( `Downloading WordPress ${ WP_VERSION } from wordpress.org…` );
	run( 'curl', [
		'-fsSL',
		'-o',
		tarball,
		`https://wordpress.org/wordpress-${ WP_VERSION }.tar.gz`,
	] );
	run( 'tar', [ '-xzf', tarball, '-C', work ] );
	cpSync( join( work, 'wordpress' ), target, { recursive: true } );
	rmSync( work, { recursive: true, force: true } );
}

/**
 * Returns the folder of a pristine WordPress core, preparing it once when needed.
 *
 * @return {string} Absolute path; never write into it, copy it instead.
 */
export function resolveWordPressCore() {
	if ( process.env.WP_CORE_DIR ) {
		const dir = resolve( process.env.WP_CORE_DIR );
		if ( ! readCoreVersion( dir ) ) {
			throw new Error(
				`WP_CORE_DIR=${ dir } does not hold a WordPress core (no wp-includes/version.php).`
			);
		}
		return dir;
	}
	if ( readCoreVersion( preparedCore ) === WP_VERSION ) {
		return preparedCore;
	}
	rmSync( preparedCore, { recursive: true, force: true } );
	mkdirSync( cacheRoot, { recursive: true } );
	const partial = `${ preparedCore }.partial`;
	rmSync( partial, { recursive: true, force: true } );
	if (
		hasCommand( 'apt-get' ) &&
		hasCommand( 'dpkg-deb' ) &&
		existsSync( '/usr/share/keyrings/debian-archive-keyring.gpg' )
	) {
		prepareFromDebian( partial );
	} else {
		prepareFromWordPressOrg( partial );
	}
	const version = readCoreVersion( partial );
	if ( version !== WP_VERSION ) {
		throw new Error(
			`Prepared core reports version ${ version }, expected ${ WP_VERSION }.`
		);
	}
	run( 'mv', [ partial, preparedCore ] );
	log( `WordPress ${ WP_VERSION } is ready in ${ preparedCore }` );
	return preparedCore;
}

if (
	process.argv[ 1 ] &&
	resolve( process.argv[ 1 ] ) === fileURLToPath( import.meta.url )
) {
	const dir = resolveWordPressCore();
	process.stdout.write(
		`${ dir } (WordPress ${ readCoreVersion( dir ) })\n`
	);
}
