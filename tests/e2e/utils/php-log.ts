/**
 * Reads the PHP error logs (`wp-content/debug.log`) of the sites a test run used, and picks the
 * notices, warnings, deprecations, fatal errors and database errors written during the run.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One logged entry: its first line, with any stack-trace lines that follow it. */
export interface LogEntry {
	log: string;
	time: number;
	text: string;
}

/** A site of the run: where its log is, and which of its entries are not ours to answer for. */
export interface LoggedSite {
	name: string;
	log: string;
	/** Entries that are someone else's, each with the reason in the caller's words. */
	othersEntry?: ( text: string ) => boolean;
}

const PROBLEM =
	/PHP (Notice|Warning|Deprecated|Fatal error|Parse error|Recoverable fatal error|Strict Standards)|WordPress database error/;

// Core's installer on Playground, before any plugin runs: the same two lines on every new site
// (a warning on PHP 8, a notice worded differently on PHP 7.4).
const CORE_INSTALLER =
	/PHP (Warning|Notice): {2}Undefined variable:? \$?upload(_url)?_path in \/wordpress\/wp-admin\/install\.php/;

const MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec',
];

/**
 * Parses the `[30-Nov-2026 12:31:17 UTC]` stamp PHP writes before each entry.
 *
 * @param line A log line.
 * @return Milliseconds since the epoch, or null when the line starts no entry.
 */
function stampOf( line: string ): number | null {
	const match =
		/^\[(\d{2})-([A-Z][a-z]{2})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) UTC\]/.exec(
			line
		);
	if ( ! match ) {
		return null;
	}
	const [ , day, month, year, hours, minutes, seconds ] = match;
	return Date.UTC(
		Number( year ),
		MONTHS.indexOf( month! ),
		Number( day ),
		Number( hours ),
		Number( minutes ),
		Number( seconds )
	);
}

/**
 * Splits a log into entries: a stamped line and the unstamped lines after it.
 *
 * @param log  Path of the log.
 * @param text Its contents.
 */
export function entriesOf( log: string, text: string ): LogEntry[] {
	const entries: LogEntry[] = [];
	for ( const line of text.split( '\n' ) ) {
		const time = stampOf( line );
		if ( time !== null ) {
			entries.push( { log, time, text: line } );
		} else if ( entries.length > 0 && line !== '' ) {
			entries[ entries.length - 1 ]!.text += `\n${ line }`;
		}
	}
	return entries;
}

/**
 * Returns the problem entries the sites logged since the run started, minus core's installer's
 * and those each site calls someone else's.
 *
 * @param sites   The run's sites.
 * @param startMs When the run started (the log's stamps have whole seconds).
 */
export function problemsSince(
	sites: LoggedSite[],
	startMs: number
): LogEntry[] {
	const since = Math.floor( startMs / 1000 ) * 1000;
	return sites.flatMap( ( site ) => {
		if ( ! existsSync( site.log ) ) {
			return [];
		}
		return entriesOf( site.name, readFileSync( site.log, 'utf8' ) ).filter(
			( entry ) =>
				entry.time >= since &&
				PROBLEM.test( entry.text ) &&
				! CORE_INSTALLER.test( entry.text ) &&
				! site.othersEntry?.( entry.text )
		);
	} );
}

/**
 * The logs of the run's sites, in the folders bin/e2e-server.mjs and bin/mainwp-site.mjs use.
 *
 * @param root The repository.
 */
export function runSites( root: string ): LoggedSite[] {
	const log = ( ...dir: string[] ) =>
		join( root, '.cache', ...dir, 'wordpress', 'wp-content', 'debug.log' );
	return [
		{ name: 'test site', log: log( 'e2e-site' ) },
		{ name: 'clean site', log: log( 'e2e-clean-site' ) },
		{
			name: 'real-MainWP site',
			log: log( 'real-mainwp', 'site' ),
			// MainWP's own warnings, raised in its own files (e.g. its OpenSSL check on Playground).
			othersEntry: ( text ) =>
				/ in \/wordpress\/wp-content\/plugins\/mainwp\//.test( text ) &&
				! text.includes( 'mainwp-application-passwords' ),
		},
		// The environment tests' sites (tests/e2e/environments/).
		{ name: 'WordPress 6.8 / PHP 7.4 site', log: log( 'e2e-env-oldest' ) },
		{ name: 'HTTPS site', log: log( 'e2e-env-https' ) },
		{
			name: 'multisite',
			log: log( 'e2e-env-multisite' ),
			// Core's multisite functions declare optional parameters before required ones,
			// which PHP 8 reports once per request that loads them, whatever plugin runs.
			othersEntry: ( text ) =>
				/PHP Deprecated: {2}Optional parameter \$meta declared before required parameter \$signup_id .* in \/wordpress\/wp-includes\/ms-functions\.php/.test(
					text
				),
		},
	];
}
