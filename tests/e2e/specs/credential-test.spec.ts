/**
 * "Test authentication" in the one-time view: success, and diagnosed failures.
 */

import { expect, test } from '../fixtures';
import { USERS_PAGE } from '../utils/site';
import { createThroughScreen } from '../utils/screen';

/** Core's current-user route, which every signed-in client may read. */
const ME = 'wp-json/wp/v2/users/me';

test( 'says the site refused a credential that was revoked meanwhile', async ( {
	page,
	credentials,
} ) => {
	await page.goto( USERS_PAGE );
	const { view } = await createThroughScreen( page, 'Revoked meanwhile' );
	await expect( view ).toBeVisible();
	await credentials.revokeAll();

	await view.getByRole( 'button', { name: 'Test authentication' } ).click();

	// Two Basic-auth requests and the header check queue on Playground's single worker.
	await expect( view.getByRole( 'status' ).last() ).toContainText(
		'The site refused this credential',
		{ timeout: 30_000 }
	);
} );

test( 'says when the server drops the Authorization header, and how to fix it', async ( {
	page,
	testSite,
} ) => {
	await page.goto( USERS_PAGE );
	const { view } = await createThroughScreen( page, 'Header check' );
	await expect( view ).toBeVisible();
	await testSite.set( { e2e_strip_authorization: true } );

	await view.getByRole( 'button', { name: 'Test authentication' } ).click();

	const status = view.getByRole( 'status' ).last();
	await expect( status ).toContainText(
		'The web server drops the Authorization header',
		{ timeout: 30_000 }
	);
	await expect( status ).toContainText( 'SetEnvIf Authorization' );
	await expect( status ).toContainText( 'fastcgi_param HTTP_AUTHORIZATION' );
} );

test( 'says when application passwords were turned off, for the whole site and then for the user, as clients find', async ( {
	page,
	testSite,
	client,
} ) => {
	await page.goto( USERS_PAGE );
	const { view, password } = await createThroughScreen(
		page,
		'Turned off later'
	);
	await expect( view ).toBeVisible();
	const status = view.getByRole( 'status' ).last();
	const testButton = view.getByRole( 'button', {
		name: 'Test authentication',
	} );

	// Off for the whole site: core ignores the credential, and says nothing about why.
	await testSite.set( { e2e_application_passwords_off: true } );
	expect( await client.fetch( 'GET', ME, 'admin', password ) ).toMatchObject(
		{
			status: 401,
			body: { code: 'rest_not_logged_in' },
		}
	);
	// A failed test runs the readiness checks again: on Playground's one PHP worker, let them end.
	const checkedAgain = () =>
		page.waitForResponse(
			( response ) =>
				response.url().includes( '/readiness-checks' ) &&
				response.request().method() === 'POST',
			{ timeout: 60_000 }
		);
	let checked = checkedAgain();
	await testButton.click();
	await expect( status ).toContainText(
		'Application passwords are turned off for this whole site, so it ignores this credential and every other.',
		{ timeout: 30_000 }
	);
	await checked;
	await expect( status ).not.toContainText( 'create a new one' );

	// Off for its user only: core names the reason; a new credential would not help.
	await testSite.set( {
		e2e_application_passwords_off: false,
		e2e_application_passwords_off_for_users: true,
	} );
	expect( await client.fetch( 'GET', ME, 'admin', password ) ).toMatchObject(
		{
			status: 401,
			body: { code: 'application_passwords_disabled_for_user' },
		}
	);
	checked = checkedAgain();
	await testButton.click();
	await expect( status ).toContainText(
		'Application passwords are turned off for this credential’s user: Application passwords are not available for your account.',
		{ timeout: 30_000 }
	);
	await expect( status ).toContainText(
		'A new credential would not work either'
	);
	await checked;
} );
