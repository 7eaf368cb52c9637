/**
 * A private MariaDB server for one test site: its own data folder, socket and free port.
 *
 * No system service and no root password change: Debian's `mariadb-server` package only has to
 * be installed. The server runs as a plain child process and is stopped by its process id.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Database, user and password the test site's wp-config.php uses. */
export const DATABASE = {
	name: 'wordpress',
	user: 'wordpress',
	password: 'wordpress',
};

const SEARCH_PATH = [
	'/usr/sbin',
	'/usr/bin',
	'/usr/local/sbin',
	'/usr/local/bin',
];

/**
 * Finds one of MariaDB's programs on the PATH or in the usual system folders.
 *
 * @param {string} name Program name, e.g. 'mariadbd'.
 * @return {string|null} Its path, or null when MariaDB is not installed.
 */
export function findMariaDBProgram( name ) {
	const folders = [
		...( process.env.PATH || '' ).split( ':' ),
		...SEARCH_PATH,
	];
	for ( const folder of folders ) {
		if ( folder && existsSync( join( folder, name ) ) ) {
			return join( folder, name );
		}
	}
	return null;
}

/**
 * Tells why a private MariaDB cannot be started here, or null when it can.
 *
 * @return {string|null} The reason.
 */
export function mariaDBMissing() {
	const missing = [ 'mariadbd', 'mariadb-install-db', 'mariadb' ].filter(
		( name ) => ! findMariaDBProgram( name )
	);
	return missing.length
		? `MariaDB is not installed (missing ${ missing.join( ', ' ) }; apt-get install mariadb-server)`
		: null;
}

/**
 * Asks the system for a TCP port nobody listens on.
 *
 * @return {Promise<number>} The port.
 */
export function freePort() {
	return new Promise( ( resolve, reject ) => {
		const server = createServer();
		server.once( 'error', reject );
		server.listen( 0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close( () => resolve( port ) );
		} );
	} );
}

/**
 * Stops a server a previous run left behind in the same folder (its process id is on file).
 *
 * Only a process whose command line names this data folder is stopped.
 *
 * @param {string} pidFile File holding the process id.
 * @param {string} dataDir The server's data folder.
 */
function stopLeftover( pidFile, dataDir ) {
	if ( ! existsSync( pidFile ) ) {
		return;
	}
	const pid = Number( readFileSync( pidFile, 'utf8' ) );
	try {
		const commandLine = readFileSync( `/proc/${ pid }/cmdline`, 'utf8' );
		if ( commandLine.includes( dataDir ) ) {
			process.kill( pid, 'SIGTERM' );
		}
	} catch {
		// Gone already.
	}
	rmSync( pidFile, { force: true } );
}

/**
 * Waits until the server accepts a query over its socket.
 *
 * @param {string}                 client    Path of the `mariadb` client.
 * @param {string}                 socket    Socket path.
 * @param {() => string|undefined} failed    Returns a reason when the server has died.
 * @param {number}                 timeoutMs How long to wait.
 */
async function waitForServer( client, socket, failed, timeoutMs = 60_000 ) {
	const deadline = Date.now() + timeoutMs;
	while ( Date.now() < deadline ) {
		const reason = failed();
		if ( reason ) {
			throw new Error( reason );
		}
		try {
			execFileSync(
				client,
				[ `--socket=${ socket }`, '-uroot', '-e', 'SELECT 1' ],
				{
					stdio: 'ignore',
				}
			);
			return;
		} catch {
			await new Promise( ( done ) => setTimeout( done, 250 ) );
		}
	}
	throw new Error( `MariaDB did not start within ${ timeoutMs / 1000 } s.` );
}

/**
 * Creates a fresh data folder, starts the server on a free port and creates the site's database.
 *
 * @param {string} dir Folder for the server's data, socket, process id and log.
 * @return {Promise<{port: number, stop: () => Promise<void>}>} Its port, and how to stop it.
 */
export async function startMariaDB( dir ) {
	const reason = mariaDBMissing();
	if ( reason ) {
		throw new Error( reason );
	}
	const dataDir = join( dir, 'data' );
	const socket = join( dir, 'mariadb.sock' );
	const pidFile = join( dir, 'mariadbd.pid' );
	stopLeftover( pidFile, dataDir );
	rmSync( dir, { recursive: true, force: true } );
	mkdirSync( dataDir, { recursive: true } );

	const asRoot = process.getuid?.() === 0;
	const user = asRoot ? [ '--user=root' ] : [];
	execFileSync(
		findMariaDBProgram( 'mariadb-install-db' ),
		[
			...user,
			`--datadir=${ dataDir }`,
			'--auth-root-authentication-method=normal',
			'--skip-test-db',
		],
		{ stdio: 'ignore' }
	);

	const port = Number( process.env.MAINWP_DB_PORT ) || ( await freePort() );
	const server = spawn(
		findMariaDBProgram( 'mariadbd' ),
		[
			'--no-defaults',
			...user,
			`--datadir=${ dataDir }`,
			`--socket=${ socket }`,
			`--port=${ port }`,
			'--bind-address=127.0.0.1',
			`--pid-file=${ join( dir, 'mariadbd.own.pid' ) }`,
			`--log-error=${ join( dir, 'mariadbd.log' ) }`,
			'--skip-log-bin',
		],
		{ stdio: 'ignore' }
	);
	writeFileSync( pidFile, String( server.pid ) );
	const exited = new Promise( ( done ) => server.once( 'exit', done ) );

	const client = findMariaDBProgram( 'mariadb' );
	await waitForServer( client, socket, () =>
		server.exitCode === null
			? undefined
			: `MariaDB exited with code ${ server.exitCode } (log: ${ join( dir, 'mariadbd.log' ) })`
	);
	const { name, user: login, password } = DATABASE;
	execFileSync(
		client,
		[
			`--socket=${ socket }`,
			'-uroot',
			'-e',
			`CREATE DATABASE ${ name } CHARACTER SET utf8mb4; ` +
				`CREATE USER '${ login }'@'127.0.0.1' IDENTIFIED BY '${ password }'; ` +
				`GRANT ALL ON ${ name }.* TO '${ login }'@'127.0.0.1';`,
		],
		{ stdio: [ 'ignore', 'ignore', 'inherit' ] }
	);

	return {
		port,
		stop: async () => {
			if ( server.exitCode === null ) {
				server.kill( 'SIGTERM' );
				await exited;
			}
			rmSync( pidFile, { force: true } );
		},
	};
}

/**
 * Writes wp-config.php from core's sample, pointed at the private MariaDB.
 *
 * @param {string} core   Core folder.
 * @param {number} dbPort MariaDB's port.
 */
export function writeWpConfig( core, dbPort ) {
	const constants = {
		DB_NAME: DATABASE.name,
		DB_USER: DATABASE.user,
		DB_PASSWORD: DATABASE.password,
		DB_HOST: `127.0.0.1:${ dbPort }`,
	};
	let config = readFileSync( join( core, 'wp-config-sample.php' ), 'utf8' );
	for ( const [ name, value ] of Object.entries( constants ) ) {
		config = config.replace(
			new RegExp( `define\\(\\s*'${ name }',\\s*'[^']*'\\s*\\);` ),
			`define( '${ name }', '${ value }' );`
		);
	}
	// Over plain http, core offers application passwords only in a local environment.
	config = config.replace(
		"/* That's all, stop editing!",
		[
			"define( 'WP_ENVIRONMENT_TYPE', 'local' );",
			"define( 'WP_DEBUG', true );",
			"define( 'WP_DEBUG_LOG', true );",
			"define( 'WP_DEBUG_DISPLAY', false );",
			'',
			"/* That's all, stop editing!",
		].join( '\n' )
	);
	writeFileSync( join( core, 'wp-config.php' ), config );
}
