/**
 * The specs' fixtures: a site reset around every test, the credentials a test seeds, an API
 * client that knows the site, users that leave with their test, and remembered preferences.
 *
 * Specs import `test` and `expect` from here instead of from @wordpress/e2e-test-utils-playwright,
 * whose own fixtures (requestUtils, admin, page…) they keep.
 */

import type { APIRequest, Browser, BrowserContext } from '@playwright/test';
import {
	expect,
	test as base,
	type RequestUtils,
} from '@wordpress/e2e-test-utils-playwright';

import {
	basicAuthFetch,
	basicAuthStatus,
	createUserWithRole,
	deleteUser,
	listPasswords,
	revokeAllPasswords,
	seedCredentials,
	loggedInContext,
	seedPassword,
	updateTestSettings,
	type ClientMethod,
	type ClientResponse,
	type CredentialOwner,
	type CredentialSpec,
	type ListedPassword,
	type MainWPFixture,
	type SeededCredential,
	type TestUser,
} from './utils/site';

export { expect };
export { sessionOf, type Session } from './utils/site';

/** Every switch of the test-only must-use plugins, as each test finds them. */
export const SWITCHES_OFF = {
	e2e_mainwp_active: false,
	e2e_mainwp_version: '6.1.2',
	e2e_mainwp_denied: '',
	e2e_mainwp_granted: '',
	e2e_mainwp_rule_missing: false,
	e2e_page_capability: '',
	e2e_menu_capability: '',
	e2e_locale: '',
	e2e_rtl: false,
	e2e_strip_authorization: false,
	e2e_application_passwords_off: false,
	e2e_application_passwords_off_for_users: false,
	e2e_abilities_api_off: false,
	e2e_mcp_adapter_route: false,
	e2e_auth_answered_first: false,
	e2e_minting_allowed: false,
	e2e_availability_callbacks: false,
	e2e_refuse_revoking: '',
	e2e_revoke_not_found: '',
};

/** The switches a test may set. */
export type Switches = Partial< typeof SWITCHES_OFF >;

/**
 * The test site's switches (the MainWP fixture, server conditions) and the administrator's
 * credentials: all put back to their defaults when a worker starts, and after every test
 * whatever it changed.
 */
export class TestSite {
	private switched = false;

	/**
	 * @param requestUtils Administrator's request utilities.
	 */
	constructor( private readonly requestUtils: RequestUtils ) {}

	/**
	 * Sets switches of the test-only must-use plugins for the next requests.
	 *
	 * @param switches Setting names and values.
	 */
	async set( switches: Switches ): Promise< void > {
		this.switched = true;
		await updateTestSettings( this.requestUtils, switches );
	}

	/**
	 * Switches the MainWP Dashboard fixture on or off (and sets its version).
	 *
	 * @param fixture Wanted fixture state.
	 */
	async setMainWP( fixture: MainWPFixture ): Promise< void > {
		await this.set( {
			e2e_mainwp_active: fixture.active,
			e2e_mainwp_version:
				fixture.version ?? SWITCHES_OFF.e2e_mainwp_version,
		} );
	}

	/**
	 * Revokes the administrator's credentials, and turns off the switches a test turned on
	 * (every switch when `everything` asks for it).
	 *
	 * @param everything Reset every switch, not only after `set()`.
	 */
	async reset( everything = false ): Promise< void > {
		if ( everything || this.switched ) {
			await updateTestSettings( this.requestUtils, SWITCHES_OFF );
			this.switched = false;
		}
		await revokeAllPasswords( this.requestUtils );
	}
}

/**
 * Seeds, lists and revokes application passwords through core's REST API.
 */
export class Credentials {
	/**
	 * @param requestUtils Administrator's request utilities.
	 */
	constructor( private readonly requestUtils: RequestUtils ) {}

	/**
	 * Creates one credential for the administrator, or for another user.
	 *
	 * @param name  Credential name.
	 * @param owner Whose credential.
	 * @return The credential with its one-time password.
	 */
	async seed(
		name: string,
		owner: CredentialOwner = 'me'
	): Promise< SeededCredential > {
		const created = await seedPassword( this.requestUtils, name, owner );
		return { ...created, userId: owner === 'me' ? 1 : owner };
	}

	/**
	 * Creates many credentials, of several users, 25 to a batch request.
	 *
	 * @param specs Whose credentials, and their names.
	 */
	seedMany( specs: CredentialSpec[] ): Promise< SeededCredential[] > {
		return seedCredentials( this.requestUtils, specs );
	}

	/**
	 * Lists a user's credentials as core has them.
	 *
	 * @param owner Whose credentials.
	 */
	list( owner: CredentialOwner = 'me' ): Promise< ListedPassword[] > {
		return listPasswords( this.requestUtils, owner );
	}

	/**
	 * Revokes one credential, as another tab or another administrator would.
	 *
	 * @param uuid  Which credential.
	 * @param owner Whose credential.
	 */
	async revoke(
		uuid: string,
		owner: CredentialOwner = 'me'
	): Promise< void > {
		await this.requestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/users/${ owner }/application-passwords/${ uuid }`,
		} );
	}

	/**
	 * Revokes every credential of a user.
	 *
	 * @param owner Whose credentials.
	 */
	revokeAll( owner: CredentialOwner = 'me' ): Promise< void > {
		return revokeAllPasswords( this.requestUtils, owner );
	}
}

/**
 * An API client of the site: HTTP Basic auth with an application password, no cookies.
 */
export class SiteClient {
	/**
	 * @param request Playwright's API request factory.
	 * @param baseURL Site URL.
	 */
	constructor(
		private readonly request: APIRequest,
		readonly baseURL: string
	) {}

	/**
	 * Sends a GET and returns the status.
	 *
	 * @param path     Path below the site URL, e.g. 'wp-json/wp/v2/users/me'.
	 * @param username Login.
	 * @param password Application password.
	 */
	status(
		path: string,
		username: string,
		password: string
	): Promise< number > {
		return basicAuthStatus(
			this.request,
			this.baseURL,
			path,
			username,
			password
		);
	}

	/**
	 * Sends one request and returns status, headers and JSON body.
	 *
	 * @param method   HTTP method.
	 * @param path     Path below the site URL.
	 * @param username Login.
	 * @param password Application password.
	 * @param data     Body, if any: JSON, or a string sent as it is.
	 * @param headers  More request headers.
	 */
	fetch(
		method: ClientMethod,
		path: string,
		username: string,
		password: string,
		data?: Record< string, unknown > | string,
		headers?: Record< string, string >
	): Promise< ClientResponse > {
		return basicAuthFetch(
			this.request,
			this.baseURL,
			method,
			path,
			username,
			password,
			data,
			headers
		);
	}
}

/**
 * Users a test creates and the browser sessions it opens for them, gone when the test ends.
 */
export class TestUsers {
	private readonly created: TestUser[] = [];
	private readonly contexts: BrowserContext[] = [];

	/**
	 * @param requestUtils Administrator's request utilities.
	 * @param browser      Browser.
	 * @param baseURL      Site URL.
	 */
	constructor(
		private readonly requestUtils: RequestUtils,
		private readonly browser: Browser,
		private readonly baseURL: string
	) {}

	/**
	 * Creates a user with one role and a name no other test uses.
	 *
	 * @param role Role slug, e.g. 'editor'.
	 */
	async create( role: string ): Promise< TestUser > {
		const user = await createUserWithRole( this.requestUtils, role );
		this.created.push( user );
		return user;
	}

	/**
	 * Opens a browser context logged in as the user (logged in over HTTP, not through the form).
	 *
	 * @param user Who logs in.
	 */
	async logIn( user: TestUser ): Promise< BrowserContext > {
		const context = await loggedInContext(
			this.browser,
			this.baseURL,
			user
		);
		this.contexts.push( context );
		return context;
	}

	/**
	 * Closes the sessions and deletes the users (with their credentials).
	 */
	async removeAll(): Promise< void > {
		for ( const context of this.contexts.splice( 0 ) ) {
			await context.close();
		}
		for ( const user of this.created.splice( 0 ) ) {
			await deleteUser( this.requestUtils, user );
		}
	}
}

/**
 * The administrator's remembered screen preferences (`persisted_preferences`), emptied before
 * and after a test that uses them.
 */
export class Preferences {
	/**
	 * @param requestUtils Administrator's request utilities.
	 */
	constructor( private readonly requestUtils: RequestUtils ) {}

	/**
	 * Returns what the plugin keeps in the administrator's preferences.
	 */
	async stored(): Promise< Record< string, unknown > | undefined > {
		const user = ( await this.requestUtils.rest( {
			path: '/wp/v2/users/me',
			params: { context: 'edit' },
		} ) ) as {
			meta: {
				persisted_preferences?: Record<
					string,
					Record< string, unknown >
				>;
			};
		};
		return user.meta.persisted_preferences?.[
			'mainwp-application-passwords'
		];
	}

	/**
	 * Forgets every preference of the administrator.
	 */
	async reset(): Promise< void > {
		await this.requestUtils.rest( {
			method: 'POST',
			path: '/wp/v2/users/me',
			data: { meta: { persisted_preferences: {} } },
		} );
	}
}

interface Fixtures {
	testSite: TestSite;
	credentials: Credentials;
	client: SiteClient;
	users: TestUsers;
	preferences: Preferences;
}

interface WorkerFixtures {
	siteAtStart: void;
}

// Playwright's fixtures call `use()`, which is not React's hook (as in Gutenberg's fixtures).
/* eslint-disable react-hooks/rules-of-hooks */
/** Playwright's `test` with the fixtures above and those of @wordpress/e2e-test-utils-playwright. */
export const test = base.extend< Fixtures, WorkerFixtures >( {
	// Whatever ran before (another project, an aborted run) leaves nothing for these specs.
	siteAtStart: [
		async ( { requestUtils }, use ) => {
			await new TestSite( requestUtils ).reset( true );
			await use();
		},
		{ scope: 'worker', auto: true },
	],
	testSite: [
		async ( { requestUtils }, use ) => {
			const site = new TestSite( requestUtils );
			await use( site );
			await site.reset();
		},
		{ auto: true },
	],
	credentials: async ( { requestUtils }, use ) => {
		await use( new Credentials( requestUtils ) );
	},
	client: async ( { playwright, baseURL }, use ) => {
		await use( new SiteClient( playwright.request, baseURL! ) );
	},
	users: async ( { requestUtils, browser, baseURL }, use ) => {
		const users = new TestUsers( requestUtils, browser, baseURL! );
		await use( users );
		await users.removeAll();
	},
	preferences: async ( { requestUtils }, use ) => {
		const preferences = new Preferences( requestUtils );
		await preferences.reset();
		await use( preferences );
		await preferences.reset();
	},
} );
