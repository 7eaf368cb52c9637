/**
 * "Test authentication" in the one-time view: success, and diagnosed failures.
 */

import { expect, test } from '@wordpress/e2e-test-utils-playwright';

import {
	USERS_PAGE,
	revokeAllPasswords,
	setMainWP,
	updateTestSettings,
} from '../utils/site';
import { createThroughScreen } from '../utils/screen';

test.beforeEach( async ( { requestUtils } ) => {
	await setMainWP( requestUtils, { active: false } );
	await revokeAllPasswords( requestUtils );
} );

test.afterAll( async ( { requestUtils } ) => {
	await updateTestSettings( requestUtils, {
		e2e_strip_authorization: false,
	} );
	await revokeAllPasswords( requestUtils );
} );

test( 'says the site refused a credential that was revoked meanwhile', async ( {
	page,
	requestUtils,
} ) => {
	await page.goto( USERS_PAGE );
	const { view } = await createThroughScreen( page, 'Revoked meanwhile' );
	await expect( view ).toBeVisible();
	await revokeAllPasswords( requestUtils );

	await view.getByRole( 'button', { name: 'Test authentication' } ).click();

	// Two Basic-auth requests and the header check queue on Playground's single worker.
	await expect( view.getByRole( 'status' ).last() ).toContainText(
		'The site refused this credential',
		{ timeout: 30_000 }
	);
} );

test( 'says when the server drops the Authorization header, and how to fix it', async ( {
	page,
	requestUtils,
} ) => {
	await page.goto( USERS_PAGE );
	const { view } = await createThroughScreen( page, 'Header check' );
	await expect( view ).toBeVisible();
	await updateTestSettings( requestUtils, { e2e_strip_authorization: true } );

	await view.getByRole( 'button', { name: 'Test authentication' } ).click();

	const status = view.getByRole( 'status' ).last();
	await expect( status ).toContainText(
		'The web server drops the Authorization header',
		{ timeout: 30_000 }
	);
	await expect( status ).toContainText( 'SetEnvIf Authorization' );
	await expect( status ).toContainText( 'fastcgi_param HTTP_AUTHORIZATION' );
} );
