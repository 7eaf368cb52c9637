/**
 * Not a test: captures every state of the screen inside MainWP's chrome and without it, wide
 * and narrow, for people to look at (`npm run screenshots`, PNGs in artifacts/screenshots/).
 * Each capture first checks that the state it names is on the screen.
 */

import { join } from 'node:path';

import { expect, test } from '@wordpress/e2e-test-utils-playwright';
import type { Page } from '@playwright/test';

import {
	MAINWP_PAGE,
	USERS_PAGE,
	createUserWithRole,
	deleteUser,
	revokeAllPasswords,
	seedCredentials,
	seedPassword,
	setMainWP,
	updateTestSettings,
} from '../e2e/utils/site';

const OUT = join( __dirname, '..', '..', 'artifacts', 'screenshots' );
const WIDE = { width: 1440, height: 900 };
const LAPTOP = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 844 };

const placements = [
	{ name: 'mainwp', active: true, url: MAINWP_PAGE },
	{ name: 'users', active: false, url: USERS_PAGE },
];

async function shoot( page: Page, file: string, fullPage = true ) {
	await page.screenshot( { path: join( OUT, `${ file }.png` ), fullPage } );
}

const CONDITIONS_OFF = {
	e2e_application_passwords_off: false,
	e2e_strip_authorization: false,
	e2e_abilities_api_off: false,
	e2e_mcp_adapter_route: false,
};

test.afterAll( async ( { requestUtils } ) => {
	await setMainWP( requestUtils, { active: false } );
	await updateTestSettings( requestUtils, CONDITIONS_OFF );
	await revokeAllPasswords( requestUtils );
} );

for ( const placement of placements ) {
	test( placement.name, async ( { page, requestUtils } ) => {
		test.setTimeout( 300_000 );
		const prefix = placement.name;
		await setMainWP( requestUtils, { active: placement.active } );
		await revokeAllPasswords( requestUtils );
		await page.setViewportSize( WIDE );

		await page.goto( placement.url );
		await expect(
			page.getByRole( 'heading', {
				name: 'No application passwords yet',
			} )
		).toBeVisible();
		await shoot( page, `${ prefix }-empty` );

		await seedPassword( requestUtils, 'Claude Desktop' );
		await page.reload();
		await expect(
			page.getByRole( 'row', { name: /Claude Desktop/ } )
		).toBeVisible();
		await shoot( page, `${ prefix }-one` );

		await page
			.getByRole( 'button', { name: 'Create application password' } )
			.click();
		const form = page.getByRole( 'dialog', {
			name: 'Create application password',
		} );
		await form.getByRole( 'textbox', { name: 'Name' } ).fill( 'Zapier' );
		await shoot( page, `${ prefix }-create`, false );
		await form
			.getByRole( 'button', { name: 'Create', exact: true } )
			.click();
		const view = page.getByRole( 'dialog', {
			name: 'Your new application password',
		} );
		await view
			.getByRole( 'button', { name: 'Test authentication' } )
			.click();
		await expect( view.getByText( /It works/ ) ).toBeVisible();
		await shoot( page, `${ prefix }-one-time`, false );
		await page.setViewportSize( NARROW );
		await shoot( page, `${ prefix }-one-time-narrow`, false );
		await page.setViewportSize( WIDE );
		await view.getByRole( 'button', { name: 'Done' } ).click();

		for ( let index = 1; index <= 58; index++ ) {
			await seedPassword( requestUtils, `Script ${ index }` );
		}
		await page.reload();
		await expect( page.getByText( '60 Items' ) ).toBeVisible();
		await shoot( page, `${ prefix }-sixty` );
		await page.setViewportSize( NARROW );
		await shoot( page, `${ prefix }-sixty-narrow` );
		await page.setViewportSize( WIDE );

		await page.getByRole( 'button', { name: 'Revoke all…' } ).click();
		const revokeAll = page.getByRole( 'dialog', {
			name: 'Revoke all application passwords',
		} );
		await revokeAll
			.getByRole( 'textbox', { name: 'Type admin to confirm' } )
			.fill( 'adm' );
		await shoot( page, `${ prefix }-revoke-all`, false );
	} );
}

test( 'owners and all users', async ( { page, requestUtils } ) => {
	test.setTimeout( 300_000 );
	await revokeAllPasswords( requestUtils );
	const editor = await createUserWithRole( requestUtils, 'editor' );
	const author = await createUserWithRole( requestUtils, 'author' );
	await seedCredentials( requestUtils, [
		{ userId: 1, name: 'Claude Desktop' },
		{ userId: editor.id, name: 'Zapier' },
		{ userId: editor.id, name: 'Content sync script' },
		{ userId: author.id, name: 'Claude Desktop (author)' },
	] );
	for ( const placement of placements ) {
		const prefix = placement.name;
		await setMainWP( requestUtils, { active: placement.active } );
		await page.setViewportSize( WIDE );
		await page.goto( `${ placement.url }&view=all` );
		await expect(
			page.getByRole( 'row', { name: /Zapier/ } )
		).toBeVisible();
		await shoot( page, `${ prefix }-all-users` );
		await page.setViewportSize( NARROW );
		await shoot( page, `${ prefix }-all-users-narrow` );

		await page.setViewportSize( WIDE );
		await page.getByRole( 'radio', { name: 'Yours' } ).click();
		await page.getByRole( 'combobox', { name: 'Owner' } ).fill( 'e2e' );
		// A search request behind the page's own on a one-worker Playground: allow for the queue.
		await expect(
			page.getByRole( 'option', { name: /Editor/ } )
		).toBeVisible( { timeout: 30_000 } );
		await shoot( page, `${ prefix }-owner-picker`, false );
		await page.setViewportSize( NARROW );
		await shoot( page, `${ prefix }-owner-picker-narrow`, false );
	}
	await deleteUser( requestUtils, editor );
	await deleteUser( requestUtils, author );
} );

test( 'right to left', async ( { page, requestUtils } ) => {
	await setMainWP( requestUtils, { active: false } );
	await updateTestSettings( requestUtils, { e2e_rtl: true } );
	await revokeAllPasswords( requestUtils );
	await seedPassword( requestUtils, 'Claude Desktop' );
	await page.setViewportSize( WIDE );
	await page.goto( USERS_PAGE );
	await expect( page.locator( 'html' ) ).toHaveAttribute( 'dir', 'rtl' );
	await expect(
		page.getByRole( 'row', { name: /Claude Desktop/ } )
	).toBeVisible();
	await shoot( page, 'users-rtl' );
	await page
		.getByRole( 'button', { name: 'Create application password' } )
		.click();
	await shoot( page, 'users-rtl-create', false );
	await updateTestSettings( requestUtils, { e2e_rtl: false } );
} );

for ( const placement of placements ) {
	test( `${ placement.name } readiness`, async ( { page, requestUtils } ) => {
		test.setTimeout( 300_000 );
		const prefix = `${ placement.name }-readiness`;
		const status = page
			.getByRole( 'region', { name: 'Readiness' } )
			.getByRole( 'status' );
		await setMainWP( requestUtils, { active: placement.active } );
		await revokeAllPasswords( requestUtils );
		await seedPassword( requestUtils, 'Claude Desktop' );
		await seedPassword( requestUtils, 'Zapier' );

		// All well: one line above the table, on a laptop screen and a phone.
		await updateTestSettings( requestUtils, {
			...CONDITIONS_OFF,
			e2e_mcp_adapter_route: true,
		} );
		await page.setViewportSize( LAPTOP );
		await page.goto( placement.url );
		await expect( status ).toHaveText( /^Credentials will work/, {
			timeout: 30_000,
		} );
		await shoot( page, `${ prefix }-good`, false );
		await page.setViewportSize( NARROW );
		await shoot( page, `${ prefix }-good-narrow` );

		// The one-time view's snippets, on the Claude Desktop tab.
		await page.setViewportSize( LAPTOP );
		await page
			.getByRole( 'button', { name: 'Create application password' } )
			.click();
		const form = page.getByRole( 'dialog', {
			name: 'Create application password',
		} );
		await form.getByRole( 'textbox', { name: 'Name' } ).fill( 'Cursor' );
		await form
			.getByRole( 'button', { name: 'Create', exact: true } )
			.click();
		const view = page.getByRole( 'dialog', {
			name: 'Your new application password',
		} );
		await view.getByRole( 'tab', { name: 'Claude Desktop' } ).click();
		await expect(
			view.getByLabel( 'Claude Desktop configuration', { exact: true } )
		).toBeVisible();
		await shoot( page, `${ prefix }-snippets`, false );
		await page.setViewportSize( NARROW );
		await shoot( page, `${ prefix }-snippets-narrow`, false );
		await view.getByRole( 'button', { name: 'Done' } ).click();

		// Something wrong: open, every row with its cause and fix.
		await updateTestSettings( requestUtils, {
			e2e_application_passwords_off: true,
			e2e_strip_authorization: true,
			e2e_abilities_api_off: true,
			e2e_mcp_adapter_route: false,
		} );
		await page.setViewportSize( LAPTOP );
		await page.reload();
		await expect( status ).toHaveText( /^3 problems/, { timeout: 30_000 } );
		await shoot( page, `${ prefix }-problems` );
		await page.setViewportSize( NARROW );
		await shoot( page, `${ prefix }-problems-narrow` );
		await updateTestSettings( requestUtils, CONDITIONS_OFF );
	} );
}
