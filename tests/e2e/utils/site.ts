/**
 * What the tests know of the site and the plugin: page URLs, the MainWP fixture switch, users.
 */

import type { APIRequest, Browser, BrowserContext } from '@playwright/test';
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
	const username = `e2e-${ role }-${ Date.now().toString( 36 ) }`;
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

/**
 * Opens a browser context logged in as the given user, through wp-login.php.
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
	const context = await browser.newContext( {
		baseURL,
		storageState: { cookies: [], origins: [] },
	} );
	const page = await context.newPage();
	await page.goto( 'wp-login.php' );
	await page.getByLabel( 'Username or Email Address' ).fill( user.username );
	await page.getByLabel( 'Password', { exact: true } ).fill( user.password );
	await page.getByRole( 'button', { name: 'Log In' } ).click();
	await page.waitForURL( /wp-admin/ );
	await page.close();
	return context;
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
	const client = await request.newContext( {
		baseURL,
		storageState: { cookies: [], origins: [] },
		extraHTTPHeaders: {
			Authorization: `Basic ${ Buffer.from( `${ username }:${ password }` ).toString( 'base64' ) }`,
		},
	} );
	const response = await client.get( path );
	const status = response.status();
	await client.dispose();
	return status;
}

/** A credential created through REST for a test, with its one-time password. */
export interface SeededPassword {
	uuid: string;
	name: string;
	password: string;
}

/**
 * Creates an application password for the administrator through core's REST API.
 *
 * @param requestUtils Administrator's request utilities.
 * @param name         Credential name.
 */
export async function seedPassword(
	requestUtils: RequestUtils,
	name: string
): Promise< SeededPassword > {
	return ( await requestUtils.rest( {
		method: 'POST',
		path: '/wp/v2/users/me/application-passwords',
		data: { name },
	} ) ) as SeededPassword;
}

/**
 * Lists the administrator's application passwords as core has them.
 *
 * @param requestUtils Administrator's request utilities.
 */
export async function listPasswords(
	requestUtils: RequestUtils
): Promise< Array< { uuid: string; name: string; app_id: string } > > {
	return ( await requestUtils.rest( {
		path: '/wp/v2/users/me/application-passwords',
	} ) ) as Array< { uuid: string; name: string; app_id: string } >;
}

/**
 * Revokes every application password of the administrator, so a test starts clean.
 *
 * @param requestUtils Administrator's request utilities.
 */
export async function revokeAllPasswords(
	requestUtils: RequestUtils
): Promise< void > {
	await requestUtils.rest( {
		method: 'DELETE',
		path: '/wp/v2/users/me/application-passwords',
	} );
}

export const ABILITIES = 'wp-json/wp-abilities/v1/abilities';
