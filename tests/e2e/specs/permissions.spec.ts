/**
 * Who may do what: every action a user may not take is absent from the page and refused by
 * the server, by core's capabilities and, with MainWP active, by its Team Control rights.
 */

import type { Page } from '@playwright/test';

import { expect, test } from '../fixtures';
import {
	MAINWP_PAGE,
	NOT_ALLOWED,
	OVERVIEW,
	OVERVIEW_ROUTE,
	USERS_PAGE,
} from '../utils/site';

/**
 * Sends a REST request from the screen itself, with the page's own nonce, as the app would.
 *
 * @param page   Page showing the screen.
 * @param method HTTP method.
 * @param path   REST path.
 * @param data   JSON body.
 * @return The HTTP status.
 */
async function statusFromPage(
	page: Page,
	method: string,
	path: string,
	data?: Record< string, unknown >
): Promise< number > {
	return page.evaluate(
		async ( args ) => {
			const { apiFetch } = (
				window as unknown as {
					wp: {
						apiFetch: ( options: object ) => Promise< Response >;
					};
				}
			 ).wp;
			try {
				return ( await apiFetch( { ...args, parse: false } ) ).status;
			} catch ( error ) {
				return error instanceof Response ? error.status : -1;
			}
		},
		{ method, path, data }
	);
}

test( 'a second administrator may manage every user’s credentials', async ( {
	users,
} ) => {
	const second = await users.create( 'administrator' );
	const context = await users.logIn( second );
	const page = await context.newPage();
	await page.goto( USERS_PAGE );

	await expect(
		page.getByRole( 'radio', { name: 'All users' } )
	).toBeVisible();
	await expect(
		page.getByRole( 'combobox', { name: 'Owner' } )
	).toBeVisible();
	await expect(
		page.getByRole( 'button', { name: 'Create application password' } )
	).toBeVisible();
	expect( await statusFromPage( page, 'GET', OVERVIEW_ROUTE ) ).toBe( 200 );
	expect(
		await statusFromPage(
			page,
			'POST',
			'/wp/v2/users/1/application-passwords',
			{
				name: 'Made by the second administrator',
			}
		)
	).toBe( 201 );
} );

for ( const role of [ 'editor', 'author', 'subscriber' ] ) {
	test( `a ${ role } gets neither the page nor anyone else’s credentials`, async ( {
		users,
		credentials,
		client,
	} ) => {
		const user = await users.create( role );
		const own = await credentials.seed( `${ role }'s own`, user.id );
		const admins = await credentials.seed( 'Administrator’s' );

		const context = await users.logIn( user );
		const page = await context.newPage();
		await page.goto( USERS_PAGE );
		await expect( page.getByText( NOT_ALLOWED ) ).toBeVisible();

		const as = (
			method: 'GET' | 'POST' | 'DELETE',
			path: string,
			data?: Record< string, unknown >
		) =>
			client
				.fetch( method, path, user.username, own.password, data )
				.then( ( response ) => response.status );
		// Their own credential works, so every refusal below is about rights, not sign-in.
		expect(
			await as( 'GET', 'wp-json/wp/v2/users/me/application-passwords' )
		).toBe( 200 );
		expect( await as( 'GET', OVERVIEW ) ).toBe( 403 );
		expect(
			await as( 'GET', 'wp-json/app-passwords-manager/v1/owners/1' )
		).toBe( 403 );
		expect(
			await as( 'GET', 'wp-json/wp/v2/users/1/application-passwords' )
		).toBe( 403 );
		expect(
			await as( 'POST', 'wp-json/wp/v2/users/1/application-passwords', {
				name: 'Not mine to make',
			} )
		).toBe( 403 );
		expect(
			await as(
				'DELETE',
				`wp-json/wp/v2/users/1/application-passwords/${ admins.uuid }`
			)
		).toBe( 403 );
		expect(
			await as( 'DELETE', 'wp-json/wp/v2/users/1/application-passwords' )
		).toBe( 403 );
	} );
}

test.describe( 'with MainWP’s Team Control denying "create" and "view all"', () => {
	test( 'an administrator gets no create button, no overview, and 403s from the server', async ( {
		page,
		credentials,
		testSite,
	} ) => {
		await credentials.seed( 'Existing' );
		await testSite.set( {
			e2e_mainwp_active: true,
			e2e_mainwp_denied:
				'create_application_passwords,view_all_application_passwords',
		} );

		// Even a link straight to the overview opens the administrator's own list.
		await page.goto( `${ MAINWP_PAGE }&view=all` );
		const row = page.getByRole( 'row', { name: /Existing/ } );
		await expect( row ).toBeVisible();
		await expect(
			page.getByRole( 'button', { name: 'Create application password' } )
		).toHaveCount( 0 );
		await expect(
			page.getByRole( 'radio', { name: 'All users' } )
		).toHaveCount( 0 );
		// What is not denied is still offered.
		await expect(
			row.getByRole( 'button', { name: 'Edit' } )
		).toBeVisible();
		await expect(
			row.getByRole( 'button', { name: 'Revoke' } )
		).toBeVisible();
		await expect(
			page.getByRole( 'button', { name: 'Revoke all…' } )
		).toBeVisible();

		expect(
			await statusFromPage(
				page,
				'POST',
				'/wp/v2/users/me/application-passwords',
				{ name: 'Denied' }
			)
		).toBe( 403 );
		expect( await statusFromPage( page, 'GET', OVERVIEW_ROUTE ) ).toBe(
			403
		);
	} );
} );
