/**
 * Not a test: captures the Activity view, the Usage panel and the Settings panel inside
 * MainWP's chrome (the stand-in) and under Users, at 1280 and 390 px, into artifacts/screenshots/.
 */

import { join } from 'node:path';

import { expect, test } from '@wordpress/e2e-test-utils-playwright';
import type { Page } from '@playwright/test';

import {
	ABILITIES,
	MAINWP_PAGE,
	USERS_PAGE,
	basicAuthStatus,
	revokeAllPasswords,
	seedPassword,
	setMainWP,
} from '../e2e/utils/site';

const OUT = join( __dirname, '..', '..', 'artifacts', 'screenshots' );
const LAPTOP = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 844 };

async function shoot( page: Page, file: string, fullPage = true ) {
	await page.screenshot( { path: join( OUT, `${ file }.png` ), fullPage } );
}

test.afterAll( async ( { requestUtils } ) => {
	await setMainWP( requestUtils, { active: false } );
	await revokeAllPasswords( requestUtils );
} );

test( 'activity, usage and settings', async ( {
	page,
	requestUtils,
	playwright,
	baseURL,
} ) => {
	test.setTimeout( 300_000 );
	await revokeAllPasswords( requestUtils );
	const claude = await seedPassword( requestUtils, 'Claude Desktop' );
	const zapier = await seedPassword( requestUtils, 'Zapier' );
	const status = ( path: string, password: string ) =>
		basicAuthStatus(
			playwright.request,
			baseURL!,
			path,
			'admin',
			password
		);
	for ( const path of [
		ABILITIES,
		'wp-json/wp/v2/users/me',
		'wp-json/wp/v2/posts',
		ABILITIES,
	] ) {
		expect( await status( path, claude.password ) ).toBe( 200 );
	}
	expect( await status( ABILITIES, zapier.password ) ).toBe( 200 );
	// A failed sign-in, and a rename and a revoke through core's routes.
	expect( await status( ABILITIES, 'wrong password here' ) ).toBe( 401 );
	await requestUtils.rest( {
		method: 'POST',
		path: `/wp/v2/users/me/application-passwords/${ zapier.uuid }`,
		data: { name: 'Zapier (marketing)' },
	} );
	const old = await seedPassword( requestUtils, 'Old script' );
	await requestUtils.rest( {
		method: 'DELETE',
		path: `/wp/v2/users/me/application-passwords/${ old.uuid }`,
	} );

	for ( const placement of [
		{ name: 'mainwp', active: true, url: MAINWP_PAGE },
		{ name: 'users', active: false, url: USERS_PAGE },
	] ) {
		const prefix = placement.name;
		await setMainWP( requestUtils, { active: placement.active } );
		await page.setViewportSize( LAPTOP );
		await page.goto( `${ placement.url }&view=activity` );
		await expect(
			page.getByRole( 'row', { name: /Old script/ } ).first()
		).toBeVisible( { timeout: 30_000 } );
		await shoot( page, `${ prefix }-activity` );
		await page.setViewportSize( NARROW );
		await shoot( page, `${ prefix }-activity-narrow` );

		await page.getByRole( 'radio', { name: 'Yours' } ).click();
		for ( const [ size, suffix ] of [
			[ LAPTOP, '' ],
			[ NARROW, '-narrow' ],
		] as const ) {
			await page.setViewportSize( size );
			const row = page.getByRole( 'row', { name: /Claude Desktop/ } );
			// Usage is in the row's Actions menu.
			await row.getByRole( 'button', { name: 'Actions' } ).click();
			await page.getByRole( 'menuitem', { name: 'Usage' } ).click();
			const panel = page.getByRole( 'dialog', {
				name: 'Usage of “Claude Desktop”',
			} );
			await expect(
				panel.getByRole( 'img', { name: /^4 requests/ } )
			).toBeVisible( { timeout: 30_000 } );
			await shoot( page, `${ prefix }-usage${ suffix }`, false );
			await page.keyboard.press( 'Escape' );
			await expect( panel ).toHaveCount( 0 );
		}

		await page.setViewportSize( LAPTOP );
		const settings = page.getByRole( 'region', { name: 'Settings' } );
		await settings.scrollIntoViewIfNeeded();
		await settings.screenshot( {
			path: join( OUT, `${ prefix }-settings.png` ),
		} );
		await page.setViewportSize( NARROW );
		await settings.screenshot( {
			path: join( OUT, `${ prefix }-settings-narrow.png` ),
		} );
	}
} );
