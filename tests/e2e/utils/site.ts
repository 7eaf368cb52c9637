/**
 * What the tests know of the site and the plugin: page URLs, the MainWP fixture switch, users.
 */

import {
	request as apiRequest,
	type APIRequest,
	type Browser,
	type BrowserContext,
} from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

export const MAINWP_PAGE = 'wp-admin/admin.php?page=RESTAPIManageAppPasswords';
export const USERS_PAGE =
	'wp-admin/users.php?page=mainwp-application-passwords';
export const NOT_ALLOWED = 'Sorry, you are not allowed to access this page.';

/** How the MainWP Dashboard fixture behaves on the next requests. */
export interface MainWPFixture {
	active: boolean;
	version?: string;
}

/**
 * Switches the MainWP Dashboard fixture on or off (and sets its version) for the next requests.
 *
 * @param requestUtils Administrator's request utilities.
 * @param fixture      Wanted fixture state.
 */
export async function setMainWP(
	requestUtils: RequestUtils,
	fixture: MainWPFixture
): Promise< void > {
	await updateTestSettings( requestUtils, {
		e2e_mainwp_active: fixture.active,
		e2e_mainwp_version: fixture.version ?? '6.1.2',
	} );
}

/**
 * Saves settings that the test-only must-use plugins register (they are not core's own).
 *
 * @param requestUtils Administrator's request utilities.
 * @param settings     Setting names and values.
 */
export async function updateTestSettings(
	requestUtils: RequestUtils,
	settings: Record< string, string | boolean >
): Promise< void > {
	await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/settings',
		data: settings,
	} );
}

/** A user the tests create, with the password to log in as them. */
export interface TestUser {
	id: number;
	username: string;
	password: string;
}

/**
 * Creates a user with one role.
 *
 * @param requestUtils Administrator's request utilities.
 * @param role         Role slug, e.g. 'editor'.
 */
export async function createUserWithRole(
	requestUtils: RequestUtils,
	role: string
): Promise< TestUser > {
	// Unique across runs and within one: no test finds another test's user by its name.
	const username = `e2e-${ role }-${ Date.now().toString( 36 ) }${ Math.random()
		.toString( 36 )
		.slice( 2, 6 ) }`;
	const password = `pw-${ username }`;
	const user = ( await requestUtils.createUser( {
		username,
		email: `${ username }@example.com`,
		password,
		roles: [ role ],
	} ) ) as { id: number };
	return { id: user.id, username, password };
}

/**
 * Deletes a user the tests created.
 *
 * @param requestUtils Administrator's request utilities.
 * @param user         The user.
 */
export async function deleteUser(
	requestUtils: RequestUtils,
	user: TestUser
): Promise< void > {
	await requestUtils.rest( {
		method: 'DELETE',
		path: `/wp/v2/users/${ user.id }`,
		params: { force: true, reassign: 1 },
	} );
}

/** A browser session: cookies to start a context with. */
export type Session = Awaited< ReturnType< BrowserContext[ 'storageState' ] > >;

/**
 * Logs a user in by posting wp-login.php's form over HTTP, and returns the session cookies.
 *
 * @param baseURL Site URL.
 * @param user    Who logs in.
 */
export async function sessionOf(
	baseURL: string,
	user: TestUser
): Promise< Session > {
	const context = await apiRequest.newContext( { baseURL } );
	const response = await context.post( 'wp-login.php', {
		form: { log: user.username, pwd: user.password },
		// The redirect would load the dashboard: the cookies are all a test needs.
		maxRedirects: 0,
	} );
	if ( response.status() !== 302 ) {
		throw new Error(
			`${ user.username } could not log in (HTTP ${ response.status() }).`
		);
	}
	const session = await context.storageState();
	await context.dispose();
	return session;
}

/**
 * Opens a browser context logged in as the given user.
 *
 * @param browser Browser.
 * @param baseURL Site URL.
 * @param user    Who logs in.
 */
export async function loggedInContext(
	browser: Browser,
	baseURL: string,
	user: TestUser
): Promise< BrowserContext > {
	return browser.newContext( {
		baseURL,
		storageState: await sessionOf( baseURL, user ),
	} );
}

/**
 * Sends a GET with HTTP Basic auth and no cookies, as an API client would, and returns the status.
 *
 * @param request  Playwright's API request factory, for a cookie-less context.
 * @param baseURL  Site URL.
 * @param path     Path below the site URL, e.g. 'wp-json/wp/v2/users/me'.
 * @param username Login.
 * @param password Application password.
 */
export async function basicAuthStatus(
	request: APIRequest,
	baseURL: string,
	path: string,
	username: string,
	password: string
): Promise< number > {
	return (
		await basicAuthFetch(
			request,
			baseURL,
			'GET',
			path,
			username,
			password
		)
	).status;
}

/** Whose credentials: the logged-in administrator ('me') or a user id. */
export type CredentialOwner = 'me' | number;

/** A credential created through REST for a test, with its one-time password. */
export interface SeededPassword {
	uuid: string;
	name: string;
	password: string;
}

/**
 * Creates an application password through core's REST API.
 *
 * @param requestUtils Administrator's request utilities.
 * @param name         Credential name.
 * @param owner        Whose credential: the administrator's by default.
 */
export async function seedPassword(
	requestUtils: RequestUtils,
	name: string,
	owner: CredentialOwner = 'me'
): Promise< SeededPassword > {
	return ( await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/users/${ owner }/application-passwords`,
		data: { name },
	} ) ) as SeededPassword;
}

/** One application password as core lists it. */
export interface ListedPassword {
	uuid: string;
	name: string;
	app_id: string;
}

/**
 * Lists a user's application passwords as core has them.
 *
 * @param requestUtils Administrator's request utilities.
 * @param owner        Whose credentials: the administrator's by default.
 */
export async function listPasswords(
	requestUtils: RequestUtils,
	owner: CredentialOwner = 'me'
): Promise< ListedPassword[] > {
	return ( await requestUtils.rest( {
		path: `/wp/v2/users/${ owner }/application-passwords`,
	} ) ) as ListedPassword[];
}

/**
 * Revokes every application password of a user, so a test starts clean.
 *
 * @param requestUtils Administrator's request utilities.
 * @param owner        Whose credentials: the administrator's by default.
 */
export async function revokeAllPasswords(
	requestUtils: RequestUtils,
	owner: CredentialOwner = 'me'
): Promise< void > {
	await requestUtils.rest( {
		method: 'DELETE',
		path: `/wp/v2/users/${ owner }/application-passwords`,
	} );
}

export const ABILITIES = 'wp-json/wp-abilities/v1/abilities';

/** The plugin's all-users overview route, as a REST path and below the site URL. */
export const OVERVIEW_ROUTE = '/app-passwords-manager/v1/application-passwords';
export const OVERVIEW = `wp-json${ OVERVIEW_ROUTE }`;

/** A credential to seed: whose, its name and, if any, its policy fields. */
export interface CredentialSpec {
	userId: number;
	name: string;
	policy?: { expires?: string | null; access?: 'full' | 'read' };
}

/** A seeded credential with its owner. */
export interface SeededCredential extends SeededPassword {
	userId: number;
}

/**
 * Creates many application passwords for several users, 25 to a request through the batch API
 * (which this plugin opens to core's application-password routes).
 *
 * @param requestUtils Administrator's request utilities.
 * @param specs        Whose credentials, and their names.
 */
export async function seedCredentials(
	requestUtils: RequestUtils,
	specs: CredentialSpec[]
): Promise< SeededCredential[] > {
	const seeded: SeededCredential[] = [];
	for ( let start = 0; start < specs.length; start += 25 ) {
		const chunk = specs.slice( start, start + 25 );
		const { responses } = ( await requestUtils.rest( {
			method: 'POST',
			path: '/batch/v1',
			data: {
				requests: chunk.map( ( spec ) => ( {
					method: 'POST',
					path: `/wp/v2/users/${ spec.userId }/application-passwords`,
					body: { name: spec.name, ...spec.policy },
				} ) ),
			},
		} ) ) as {
			responses: Array< { status: number; body: SeededPassword } >;
		};
		responses.forEach( ( response, index ) => {
			if ( response.status !== 201 ) {
				throw new Error(
					`Seeding "${ chunk[ index ]!.name }" answered ${ response.status }.`
				);
			}
			seeded.push( { ...response.body, userId: chunk[ index ]!.userId } );
		} );
	}
	return seeded;
}

/** The HTTP methods an API client sends. */
export type ClientMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a cookie-less API client got back: status and JSON body. */
export interface ClientResponse {
	status: number;
	headers: Record< string, string >;
	body: unknown;
}

/**
 * Sends one request with HTTP Basic auth and no cookies, as an API client would.
 *
 * @param request        Playwright's API request factory.
 * @param baseURL        Site URL.
 * @param method         HTTP method.
 * @param path           Path below the site URL.
 * @param username       Login.
 * @param password       Application password.
 * @param data           Body, if any: JSON, or a string sent as it is.
 * @param requestHeaders More request headers.
 */
export async function basicAuthFetch(
	request: APIRequest,
	baseURL: string,
	method: ClientMethod,
	path: string,
	username: string,
	password: string,
	data?: Record< string, unknown > | string,
	requestHeaders: Record< string, string > = {}
): Promise< ClientResponse > {
	const client = await request.newContext( {
		baseURL,
		storageState: { cookies: [], origins: [] },
		extraHTTPHeaders: {
			...requestHeaders,
			Authorization: `Basic ${ Buffer.from( `${ username }:${ password }` ).toString( 'base64' ) }`,
		},
	} );
	const response = await client.fetch( path, { method, data } );
	const status = response.status();
	const headers = response.headers();
	const text = await response.text();
	let body: unknown = null;
	try {
		body = JSON.parse( text );
	} catch {
		// Not JSON (XML-RPC answers XML): keep the text.
		body = text;
	}
	await client.dispose();
	return { status, headers, body };
}
