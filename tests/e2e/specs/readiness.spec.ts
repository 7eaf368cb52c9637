/**
 * The readiness panel (each check in its good and bad state) and the good-practice guidance.
 */

import type { Page } from '@playwright/test';
import type { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

import { SWITCHES_OFF, expect, test } from '../fixtures';
import { ABILITIES, MAINWP_PAGE, USERS_PAGE } from '../utils/site';
import { createThroughScreen, openCreateDialog } from '../utils/screen';

/** Requests the panel makes for its checks, by a part of their URL. */
const CHECK_REQUESTS = [
	'/wp-site-health/v1/tests/authorization-header',
	'/wp-abilities/v1/abilities',
	'/wp-json/mcp/mcp-adapter-default-server',
];

interface PageTimes {
	tableShownAt?: number;
	fetches: Array< { url: string; at: number } >;
}

/** The checks queue behind the page's own requests on Playground's single PHP worker. */
const CHECKS_DONE = { timeout: 30_000 };

function panel( page: Page ) {
	return page.getByRole( 'region', { name: 'Readiness' } );
}

function check( page: Page, name: string ) {
	return panel( page ).getByRole( 'listitem', { name } );
}

async function abilityCount( requestUtils: RequestUtils ): Promise< number > {
	const abilities = ( await requestUtils.rest( {
		path: '/wp-abilities/v1/abilities',
		params: { per_page: 100 },
	} ) ) as unknown[];
	return abilities.length;
}

test( 'all well: one line, checks made after the table shows, each row good', async ( {
	page,
	requestUtils,
	testSite,
	credentials,
} ) => {
	await testSite.set( {
		e2e_mainwp_active: true,
		e2e_mcp_adapter_route: true,
	} );
	await credentials.seed( 'Zapier' );
	const abilities = await abilityCount( requestUtils );
	// When the table first appears, and when each request starts, in page time.
	await page.addInitScript( () => {
		const times: PageTimes = { fetches: [] };
		( window as unknown as { times: PageTimes } ).times = times;
		const { fetch } = window;
		window.fetch = ( input, init ) => {
			times.fetches.push( {
				url: input instanceof Request ? input.url : String( input ),
				at: performance.now(),
			} );
			return fetch( input, init );
		};
		const observer = new MutationObserver( () => {
			if ( document.querySelector( '.dataviews-wrapper' ) ) {
				times.tableShownAt = performance.now();
				observer.disconnect();
			}
		} );
		observer.observe( document, { childList: true, subtree: true } );
	} );

	await page.goto( MAINWP_PAGE );

	await expect( panel( page ).getByRole( 'status' ) ).toHaveText(
		'Credentials will work on this site (1 note).',
		CHECKS_DONE
	);
	const toggle = panel( page ).getByRole( 'button', { name: 'Show checks' } );
	await expect( toggle ).toHaveAttribute( 'aria-expanded', 'false' );
	await expect( check( page, 'HTTPS' ) ).toBeHidden();
	// Collapsed panel and guidance leave the table on a 1280x800 screen.
	await expect(
		page.getByRole( 'row', { name: /Zapier/ } )
	).toBeInViewport();

	const times = await page.evaluate(
		() => ( window as unknown as { times: PageTimes } ).times
	);
	const checks = times.fetches.filter( ( { url } ) =>
		CHECK_REQUESTS.some( ( part ) => url.includes( part ) )
	);
	expect( checks ).toHaveLength( 3 );
	for ( const { at } of checks ) {
		expect( at ).toBeGreaterThan( times.tableShownAt! );
	}

	await toggle.click();
	await expect(
		panel( page ).getByRole( 'button', { name: 'Hide checks' } )
	).toHaveAttribute( 'aria-expanded', 'true' );
	await expect( check( page, 'HTTPS' ) ).toContainText(
		'allows application passwords here only because the environment type is “local”'
	);
	await expect( check( page, 'Application passwords' ) ).toContainText(
		'OKAvailable on this site and for admin.'
	);
	await expect( check( page, 'Authorization header' ) ).toContainText(
		'OKThe web server passes the Authorization header'
	);
	await expect( check( page, 'Abilities API' ) ).toContainText(
		`${ abilities } abilities are open to admin`
	);
	await expect( check( page, 'MCP Adapter' ) ).toContainText(
		'OKThe MCP Adapter’s server is at /wp-json/mcp/mcp-adapter-default-server'
	);
	await expect( check( page, 'MainWP Dashboard' ) ).toContainText(
		'OKMainWP Dashboard 6.1.2 is active'
	);

	// With MainWP active, the comparison links to its API Keys page.
	const guidance = page.getByRole( 'region', { name: 'Good practice' } );
	await guidance
		.getByRole( 'button', { name: 'Application password or API key?' } )
		.click();
	await expect(
		guidance.getByRole( 'link', { name: 'MainWP → API Access → API Keys' } )
	).toHaveAttribute( 'href', /\/wp-admin\/admin\.php\?page=RESTAPI$/ );

	// With the MCP Adapter present, the Claude Desktop snippet carries no warning.
	const { view } = await createThroughScreen( page, 'Claude Desktop' );
	await view.getByRole( 'tab', { name: 'Claude Desktop' } ).click();
	await expect(
		view.getByLabel( 'Claude Desktop configuration', { exact: true } )
	).toContainText( 'mcp-adapter-default-server' );
	await expect( view.getByText( /No MCP Adapter route/ ) ).toHaveCount( 0 );
} );

test( 'an ordinary visit shows the checks’ last answers without asking again; “Check again” asks anew', async ( {
	page,
	requestUtils,
	testSite,
	credentials,
} ) => {
	// Changed server conditions start from no kept answers.
	await testSite.set( { e2e_mcp_adapter_route: true } );
	await credentials.seed( 'Zapier' );
	const abilities = await abilityCount( requestUtils );
	// What a browser found on an earlier visit, kept by the server (another count than today's).
	await requestUtils.rest( {
		method: 'POST',
		path: '/app-passwords-manager/v1/readiness-checks',
		data: {
			authorizationHeader: true,
			abilities: { present: true, count: abilities + 40 },
			mcpAdapter: true,
		},
	} );
	const checkRequests: string[] = [];
	page.on( 'request', ( request ) => {
		if (
			CHECK_REQUESTS.some( ( part ) => request.url().includes( part ) )
		) {
			checkRequests.push( request.url() );
		}
	} );

	await page.goto( USERS_PAGE );

	await expect( page.getByRole( 'row', { name: /Zapier/ } ) ).toBeVisible();
	await expect( panel( page ).getByRole( 'status' ) ).not.toHaveText(
		/^Checking/
	);
	await panel( page ).getByRole( 'button', { name: 'Show checks' } ).click();
	await expect( check( page, 'Abilities API' ) ).toContainText(
		`${ abilities + 40 } abilities are open to admin`
	);
	await expect( panel( page ) ).toContainText( 'Server checks last made' );
	expect( checkRequests ).toEqual( [] );

	const kept = page.waitForResponse(
		( response ) =>
			response.url().includes( '/readiness-checks' ) &&
			response.request().method() === 'POST',
		CHECKS_DONE
	);
	await panel( page ).getByRole( 'button', { name: 'Check again' } ).click();
	expect( ( await kept ).status() ).toBe( 200 );
	// Only the three the person asked for: the visit itself sent none.
	expect( checkRequests ).toHaveLength( 3 );
	await expect( check( page, 'Abilities API' ) ).toContainText(
		`${ abilities } abilities are open to admin`
	);
} );

/**
 * How the panel names the other callbacks e2e_availability_callbacks hooks: a closure by its file
 * (relative to wp-content) and line, a static method and an object's method as Class::method.
 */
const CALLBACKS =
	'a closure in mu-plugins/e2e-server-conditions\\.php on line \\d+, E2E_Availability_Callbacks::keep_for_site, E2E_Availability_Callbacks::keep_for_user';

test( 'something wrong: open, one row per problem with its cause and fix', async ( {
	page,
	testSite,
} ) => {
	// Beside the function that turns them off: a closure, a 'Class::method' and an object's method.
	await testSite.set( {
		e2e_application_passwords_off: true,
		e2e_strip_authorization: true,
		e2e_abilities_api_off: true,
		e2e_availability_callbacks: true,
	} );

	await page.goto( USERS_PAGE );

	await expect( panel( page ).getByRole( 'status' ) ).toHaveText(
		'3 problems can stop credentials from working on this site.',
		CHECKS_DONE
	);
	await expect(
		panel( page ).getByRole( 'button', { name: 'Hide checks' } )
	).toHaveAttribute( 'aria-expanded', 'true' );
	await expect( check( page, 'HTTPS' ) ).toContainText(
		'NoteThis site is not served over HTTPS'
	);
	await expect( check( page, 'Application passwords' ) ).toContainText(
		new RegExp(
			`ProblemApplication passwords are turned off for the whole site by the filter wp_is_application_passwords_available \\(hooked: e2e_turn_off_application_passwords, ${ CALLBACKS }\\)\\.`
		)
	);
	const header = check( page, 'Authorization header' );
	await expect( header ).toContainText(
		'ProblemThe web server drops the Authorization header'
	);
	await expect( header ).toContainText( 'SetEnvIf Authorization' );
	await expect( header ).toContainText( 'fastcgi_param HTTP_AUTHORIZATION' );
	await expect( check( page, 'Abilities API' ) ).toContainText(
		'ProblemThe Abilities API’s routes (/wp-abilities/v1) are missing'
	);
	await expect( check( page, 'MCP Adapter' ) ).toContainText(
		'NoteNo MCP Adapter route'
	);
	await expect( check( page, 'MainWP Dashboard' ) ).toContainText(
		'NoteMainWP Dashboard is not active on this site'
	);

	// Closed by hand, it stays closed.
	await panel( page ).getByRole( 'button', { name: 'Hide checks' } ).click();
	await expect( check( page, 'HTTPS' ) ).toBeHidden();

	// Off for the owner only: the site-wide check passes, the per-user filter is named.
	await testSite.set( {
		...SWITCHES_OFF,
		e2e_application_passwords_off_for_users: true,
		e2e_availability_callbacks: true,
	} );
	await page.reload();
	await expect( panel( page ).getByRole( 'status' ) ).toHaveText(
		'1 problem can stop credentials from working on this site.'
	);
	await expect( check( page, 'Authorization header' ) ).toContainText(
		'OK',
		CHECKS_DONE
	);
	await expect( check( page, 'Application passwords' ) ).toContainText(
		new RegExp(
			`Available on this site, but turned off for admin by the filter wp_is_application_passwords_available_for_user \\(hooked: e2e_turn_off_application_passwords_for_users, ${ CALLBACKS }\\)\\.`
		)
	);
} );

test( 'guidance: nothing idle among new credentials, dedicated user, comparison, duplicate names, dismissal', async ( {
	page,
	credentials,
	client,
	preferences,
	baseURL,
} ) => {
	const used = await credentials.seed( 'Zapier' );
	await credentials.seed( 'Old script' );
	await client.status( ABILITIES, 'admin', used.password );

	await page.goto( USERS_PAGE );
	const guidance = page.getByRole( 'region', { name: 'Good practice' } );
	await expect(
		page.getByRole( 'row', { name: /Zapier/ } )
	).toBeInViewport();

	// Both were created moments ago: neither is idle, used or not.
	await expect( guidance ).toContainText(
		'All of them were used or created in the last 90 days.'
	);

	await expect(
		guidance.getByRole( 'link', { name: 'Create a user' } )
	).toHaveAttribute( 'href', `${ baseURL }/wp-admin/user-new.php` );

	const compare = guidance.getByRole( 'button', {
		name: 'Application password or API key?',
	} );
	await expect( compare ).toHaveAttribute( 'aria-expanded', 'false' );
	await compare.click();
	await expect( compare ).toHaveAttribute( 'aria-expanded', 'true' );
	const table = guidance.getByRole( 'table' );
	await expect(
		table.getByRole( 'row', { name: /Auth style/ } )
	).toContainText( 'Bearer token' );
	// Without MainWP there is no API Keys page to link to.
	await expect( table.getByRole( 'link' ) ).toHaveCount( 0 );

	const form = await openCreateDialog( page );
	const name = form.getByRole( 'textbox', { name: 'Name' } );
	await name.fill( ' zapier ' );
	await expect( form.getByRole( 'status' ) ).toContainText(
		'A credential named “Zapier” already exists'
	);
	await name.fill( 'Zapier staging' );
	await expect( form.getByRole( 'status' ) ).toHaveText( '' );
	await form.getByRole( 'button', { name: 'Cancel' } ).click();

	await guidance
		.getByRole( 'button', { name: 'Dismiss good practice' } )
		.click();
	await expect( guidance ).toHaveCount( 0 );
	await expect
		.poll(
			async () => ( await preferences.stored() )?.guidanceDismissed,
			CHECKS_DONE
		)
		.toBe( true );
	await page.reload();
	await expect( page.getByRole( 'row', { name: /Zapier/ } ) ).toBeVisible();
	await expect( guidance ).toHaveCount( 0 );
} );

test( 'an absent MCP Adapter is a note, not a failed request in the console', async ( {
	page,
	baseURL,
} ) => {
	// Errors from this site; avatars from gravatar.com fail on a machine without internet.
	const consoleErrors: string[] = [];
	page.on( 'console', ( message ) => {
		const { url } = message.location();
		if ( message.type() === 'error' && url.startsWith( baseURL! ) ) {
			consoleErrors.push( `${ message.text() } ${ url }` );
		}
	} );

	await page.goto( USERS_PAGE );

	await expect( panel( page ).getByRole( 'status' ) ).not.toHaveText(
		/^Checking/,
		CHECKS_DONE
	);
	await panel( page ).getByRole( 'button', { name: 'Show checks' } ).click();
	await expect( check( page, 'MCP Adapter' ) ).toContainText(
		'NoteNo MCP Adapter route'
	);
	expect( consoleErrors ).toEqual( [] );
} );
