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

/**
 * The WordPress releases this project can prepare: the one it is developed on, and the oldest
 * Debian still ships (the oldest the tests run, see tests/e2e/environments/).
 */
export const RELEASES = {
	'7.1.4': { debianVersion: '7.1.4+dfsg1-1', suite: 'sid' },
	'6.8.12': { debianVersion: '6.8.12+dfsg1-0+deb13u1', suite: 'trixie' },
};

/**
 * Debian packages that make a complete core (the `wordpress` package links to the others).
 *
 * @param {string} debianVersion Pinned version of the `wordpress` package.
 * @return {string[]} Package names for `apt-get download`.
 */
function debianPackages( debianVersion ) {
	return [
		`wordpress=${ debianVersion }`,
		'libjs-cropper',
		'libjs-jquery-ui',
		'libjs-lodash',
		'libjs-underscore',
		'libphp-phpmailer',
		'php-getid3',
		'wordpress-theme-twentytwentyfive',
	];
}

const projectRoot = resolve(
	dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
const cacheRoot = join( projectRoot, '.cache' );

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
 * Builds the core from Debian's packages, with apt pointed at private state.
 *
 * @param {string} target  Folder to create.
 * @param {string} version WordPress version, a key of RELEASES.
 */
function prepareFromDebian( target, version ) {
	const { debianVersion, suite } = RELEASES[ version ];
	const work = join( cacheRoot, `debian-${ version }` );
	rmSync( work, { recursive: true, force: true } );
	for ( const dir of [
		'lists/partial',
		'cache/archives/partial',
		'debs',
		'root',
	] ) {
		mkdirSync( join( work, dir ), { recursive: true } );
	}
	const sources = join( work, `${ suite }.sources` );
	writeFileSync(
		sources,
		[
			'Types: deb',
			'URIs: http://deb.debian.org/debian',
			`Suites: ${ suite }`,
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
	log( `Fetching WordPress ${ version } from Debian (${ suite })…` );
	run( 'apt-get', [ ...aptOptions, 'update' ] );
	run(
		'apt-get',
		[ ...aptOptions, 'download', ...debianPackages( debianVersion ) ],
		{
			cwd: join( work, 'debs' ),
		}
	);
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
 * @param {string} target  Folder to create.
 * @param {string} version WordPress version.
 */
function prepareFromWordPressOrg( target, version ) {
	const work = join( cacheRoot, `wordpress-org-${ version }` );
	rmSync( work, { recursive: true, force: true } );
	mkdirSync( work, { recursive: true } );
	const tarball = join( work, 'wordpress.tar.gz' );
	log( `Downloading WordPress ${ version } from wordpress.org…` );
	run( 'curl', [
		'-fsSL',
		'-o',
		tarball,
		`https://wordpress.org/wordpress-${ version }.tar.gz`,
	] );
	run( 'tar', [ '-xzf', tarball, '-C', work ] );
	cpSync( join( work, 'wordpress' ), target, { recursive: true } );
	rmSync( work, { recursive: true, force: true } );
}

/**
 * Returns the folder of a pristine WordPress core, preparing it once when needed.
 *
 * @param {string} version WordPress version, a key of RELEASES. WP_CORE_DIR is used only
 *                         for the default version.
 * @return {string} Absolute path; never write into it, copy it instead.
 */
export function resolveWordPressCore( version = WP_VERSION ) {
	if ( process.env.WP_CORE_DIR && version === WP_VERSION ) {
		const dir = resolve( process.env.WP_CORE_DIR );
		if ( ! readCoreVersion( dir ) ) {
			throw new Error(
				`WP_CORE_DIR=${ dir } does not hold a WordPress core (no wp-includes/version.php).`
			);
		}
		return dir;
	}
	const preparedCore = join( cacheRoot, `wordpress-${ version }` );
	if ( readCoreVersion( preparedCore ) === version ) {
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
		prepareFromDebian( partial, version );
	} else {
		prepareFromWordPressOrg( partial, version );
	}
	const prepared = readCoreVersion( partial );
	if ( prepared !== version ) {
		throw new Error(
			`Prepared core reports version ${ prepared }, expected ${ version }.`
		);
	}
	run( 'mv', [ partial, preparedCore ] );
	log( `WordPress ${ version } is ready in ${ preparedCore }` );
	return preparedCore;
}

if (
	process.argv[ 1 ] &&
	resolve( process.argv[ 1 ] ) === fileURLToPath( import.meta.url )
) {
	const dir = resolveWordPressCore( process.argv[ 2 ] || WP_VERSION );
	process.stdout.write(
		`${ dir } (WordPress ${ readCoreVersion( dir ) })\n`
	);
}
