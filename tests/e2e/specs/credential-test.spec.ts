/**
 * "Test authentication" in the one-time view: success, and diagnosed failures.
 */

import { expect, test } from '../fixtures';
import { USERS_PAGE } from '../utils/site';
import { createThroughScreen } from '../utils/screen';

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
