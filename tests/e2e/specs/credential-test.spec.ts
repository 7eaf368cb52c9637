/**
 * "Test authentication" in the one-time view: success, and diagnosed failures.
 */

import { expect, test } from '@wordpress/e2e-test-utils-playwright';
import type { Page } from '@playwright/test';

import {
	USERS_PAGE,
	revokeAllPasswords,
	setMainWP,
	updateTestSettings,
} from '../utils/site';

async function createThroughScreen( page: Page, name: string ) {
	await page.goto( USERS_PAGE );
	await page
		.getByRole( 'button', { name: 'Create application password' } )
		.first()
		.click();
	const form = page.getByRole( 'dialog', {
		name: 'Create application password',
	} );
	await form.getByRole( 'textbox', { name: 'Name' } ).fill( name );
	await form.getByRole( 'button', { name: 'Create', exact: true } ).click();
	return page.getByRole( 'dialog', {
		name: 'Your new application password',
	} );
}

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
	const view = await createThroughScreen( page, 'Revoked meanwhile' );
	await expect( view ).toBeVisible();
	await revokeAllPasswords( requestUtils );

	await view.getByRole( 'button', { name: 'Test authentication' } ).click();

	await expect( view.getByRole( 'status' ).last() ).toContainText(
		'The site refused this credential'
	);
} );

test( 'says when the server drops the Authorization header, and how to fix it', async ( {
	page,
	requestUtils,
} ) => {
	const view = await createThroughScreen( page, 'Header check' );
	await expect( view ).toBeVisible();
	await updateTestSettings( requestUtils, { e2e_strip_authorization: true } );

	await view.getByRole( 'button', { name: 'Test authentication' } ).click();

	const status = view.getByRole( 'status' ).last();
	await expect( status ).toContainText(
		'The web server drops the Authorization header'
	);
	await expect( status ).toContainText( 'SetEnvIf Authorization' );
	await expect( status ).toContainText( 'fastcgi_param HTTP_AUTHORIZATION' );
} );
