/**
 * The environment tests' own sites (tests/e2e/environments/): the oldest WordPress and PHP the
 * plugin declares, a site behind a TLS front, and a multisite network. Each is a Playground
 * site served by bin/e2e-env-site.mjs, started when the specs start and stopped after them.
 */

import { execFileSync, spawn } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { expect } from '@playwright/test';

const root = join( __dirname, '..', '..', '..' );

/** The first port after the test site's own five (site, clean, real MainWP, benchmark, dev). */
export const FIRST_PORT = Number( process.env.WP_E2E_PORT || 8891 ) + 5;

export interface EnvironmentSiteConfig {
	/** Folder name below .cache/ (e2e-env-<name>). */
	name: string;
	/** Port Playground listens on. */
	port: number;
	/** WordPress release, a key of RELEASES in bin/wordpress-core.mjs (7.1.4 unless told). */
	wp?: string;
	/** PHP version (8.3 unless told). */
	php?: string;
	/** Site URL when it is not http://127.0.0.1:<port>. */
	siteUrl?: string;
	/** More wp-config.php constants. */
	constants?: Record< string, unknown >;
	/** Write the constants into wp-config.php, so a test can edit them as a person would. */
	inWpConfig?: boolean;
	/** More blueprint steps, run after the plugin's activation. */
	steps?: Array< Record< string, unknown > >;
}

export interface EnvironmentSite {
	/** The URL the site answers at (its site URL). */
	url: string;
	/** The site's WordPress folder on this machine. */
	wordpress: string;
	stop: () => Promise< void >;
}

/** Every site started and not yet stopped, so that a failed start leaves none running. */
const running = new Set< () => Promise< void > >();

/**
 * Stops every site still running (after a failed start too).
 */
export async function stopEnvironmentSites(): Promise< void > {
	await Promise.all( [ ...running ].map( ( stop ) => stop() ) );
}

/**
 * Starts a site and waits until its login page answers on its own port.
 *
 * @param config The site.
 */
export async function startEnvironmentSite(
	config: EnvironmentSiteConfig
): Promise< EnvironmentSite > {
	const server = spawn(
		process.execPath,
		[ join( root, 'bin', 'e2e-env-site.mjs' ), JSON.stringify( config ) ],
		{ cwd: root, env: process.env, stdio: [ 'ignore', 'ignore', 'pipe' ] }
	);
	let errors = '';
	server.stderr!.on( 'data', ( chunk: Buffer ) => {
		errors = ( errors + chunk.toString() ).slice( -2000 );
	} );
	const exited = new Promise< void >( ( done ) =>
		server.once( 'exit', () => done() )
	);
	const stop = async () => {
		running.delete( stop );
		if ( server.exitCode === null && server.signalCode === null ) {
			server.kill( 'SIGTERM' );
		}
		await exited;
	};
	running.add( stop );
	const direct = `http://127.0.0.1:${ config.port }`;
	await expect
		.poll(
			async () => {
				if ( server.exitCode !== null ) {
					return `the server exited with code ${ server.exitCode }: ${ errors }`;
				}
				try {
					return ( await fetch( `${ direct }/wp-login.php` ) ).status;
				} catch {
					return 'not listening yet';
				}
			},
			{
				// Minutes on a busy machine: each site copies and installs WordPress first.
				timeout: 600_000,
				message: `WordPress (${ config.name }) answers at ${ direct }`,
			}
		)
		.toBe( 200 );
	return {
		url: config.siteUrl?.replace( /\/$/, '' ) ?? direct,
		wordpress: join(
			root,
			'.cache',
			`e2e-env-${ config.name }`,
			'wordpress'
		),
		stop,
	};
}

export interface Certificate {
	key: string;
	cert: string;
	/** Base64 SHA-256 of the certificate's public key, as Chromium's SPKI allowlist takes it. */
	spki: string;
}

/**
 * Makes a throwaway self-signed certificate for 127.0.0.1 with openssl, valid for a day.
 *
 * @param dir Folder for its files (emptied first).
 */
export function makeCertificate( dir: string ): Certificate {
	rmSync( dir, { recursive: true, force: true } );
	mkdirSync( dir, { recursive: true } );
	const keyFile = join( dir, 'key.pem' );
	const certFile = join( dir, 'cert.pem' );
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-keyout',
			keyFile,
			'-out',
			certFile,
			'-days',
			'1',
			'-subj',
			'/CN=127.0.0.1',
			'-addext',
			'subjectAltName=IP:127.0.0.1',
		],
		{ stdio: 'ignore' }
	);
	const cert = readFileSync( certFile, 'utf8' );
	const spki = createHash( 'sha256' )
		.update(
			new X509Certificate( cert ).publicKey.export( {
				type: 'spki',
				format: 'der',
			} )
		)
		.digest( 'base64' );
	return { key: readFileSync( keyFile, 'utf8' ), cert, spki };
}

/**
 * Serves HTTPS on `port` and passes every request on to the site on `target` over plain http,
 * as a TLS-terminating reverse proxy does (with X-Forwarded-Proto and X-Forwarded-For).
 *
 * @param port        Port of the front.
 * @param target      Port of the site behind it.
 * @param certificate Certificate it presents.
 * @return Stops the front.
 */
export async function startTlsFront(
	port: number,
	target: number,
	certificate: Certificate
): Promise< () => Promise< void > > {
	const server = https.createServer(
		{ key: certificate.key, cert: certificate.cert },
		( request, response ) => {
			const upstream = http.request(
				{
					host: '127.0.0.1',
					port: target,
					method: request.method,
					path: request.url,
					headers: {
						...request.headers,
						'x-forwarded-proto': 'https',
						'x-forwarded-for': request.socket.remoteAddress ?? '',
					},
				},
				( answer ) => {
					response.writeHead(
						answer.statusCode ?? 502,
						answer.headers
					);
					answer.pipe( response );
				}
			);
			upstream.on( 'error', ( error ) => {
				response.writeHead( 502 );
				response.end( String( error ) );
			} );
			request.pipe( upstream );
		}
	);
	await new Promise< void >( ( done ) =>
		server.listen( port, '127.0.0.1', done )
	);
	expect( ( server.address() as AddressInfo ).port ).toBe( port );
	return () =>
		new Promise< void >( ( done ) => {
			server.closeAllConnections();
			server.close( () => done() );
		} );
}

export interface ClientAnswer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: unknown;
}

/**
 * Sends one request as an API client would: HTTP Basic auth, no cookies. Over https it trusts
 * only the given certificate.
 *
 * @param url      Full URL.
 * @param username Login.
 * @param password Application password.
 * @param ca       The one certificate to trust, for https.
 */
export function basicAuthGet(
	url: string,
	username: string,
	password: string,
	ca?: string
): Promise< ClientAnswer > {
	const secure = url.startsWith( 'https:' );
	return new Promise( ( resolve, reject ) => {
		const request = ( secure ? https : http ).request(
			url,
			{
				method: 'GET',
				headers: {
					Accept: 'application/json',
					Authorization: `Basic ${ Buffer.from( `${ username }:${ password }` ).toString( 'base64' ) }`,
				},
				...( secure ? { ca } : {} ),
			},
			( response ) => {
				let text = '';
				response.setEncoding( 'utf8' );
				response.on( 'data', ( chunk: string ) => ( text += chunk ) );
				response.on( 'end', () => {
					let body: unknown = text;
					try {
						body = JSON.parse( text );
					} catch {
						// Not JSON: keep the text.
					}
					resolve( {
						status: response.statusCode ?? 0,
						headers: response.headers,
						body,
					} );
				} );
			}
		);
		request.on( 'error', reject );
		request.end();
	} );
}
