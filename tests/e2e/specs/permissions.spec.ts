/**
 * Who may do what: every action a user may not take is absent from the page and refused by
 * the server, by core's capabilities and, with MainWP active, by its Team Control rights.
 */

import type { Page } from '@playwright/test';

import { expect, test, type SiteClient } from '../fixtures';
import {
	MAINWP_PAGE,
	NOT_ALLOWED,
	OVERVIEW,
	OVERVIEW_ROUTE,
	USERS_PAGE,
} from '../utils/site';
import { readinessChecked, rowActions } from '../utils/screen';

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
		// Nor through /batch/v1, whose inner requests each meet the same check.
		expect(
			await batchAs( client, user.username, own.password, [
				{
					method: 'POST',
					path: `/wp/v2/users/1/application-passwords/${ admins.uuid }`,
					body: { name: 'Renamed in a batch' },
				},
				{
					method: 'DELETE',
					path: `/wp/v2/users/1/application-passwords/${ admins.uuid }`,
				},
			] )
		).toEqual( [
			{ status: 403, code: 'rest_cannot_edit_application_password' },
			{ status: 403, code: 'rest_cannot_delete_application_password' },
		] );
		expect(
			( await credentials.list() ).map( ( item ) => item.name )
		).toEqual( [ 'Administrator’s' ] );
	} );
}

/** Status and REST error code of a cookie-less request. */
interface Answer {
	status: number;
	code: string | null;
}

/**
 * Returns a caller that sends Basic-auth requests as one user and answers status and code.
 *
 * @param client   The site's API client.
 * @param username Login.
 * @param password Application password.
 */
function callerAs( client: SiteClient, username: string, password: string ) {
	return async (
		method: 'GET' | 'POST' | 'DELETE',
		path: string,
		data?: Record< string, unknown >
	): Promise< Answer > => {
		const { status, body } = await client.fetch(
			method,
			path,
			username,
			password,
			data
		);
		const code =
			body && typeof body === 'object' && 'code' in body
				? String( ( body as { code: unknown } ).code )
				: null;
		return { status, code };
	};
}

/**
 * Sends one `/batch/v1` request as one user and returns the answer to each inner request.
 *
 * @param client   The site's API client.
 * @param username Login.
 * @param password Application password.
 * @param requests Inner requests.
 */
async function batchAs(
	client: SiteClient,
	username: string,
	password: string,
	requests: Array< { method: string; path: string; body?: object } >
): Promise< Answer[] > {
	const { status, body } = await client.fetch(
		'POST',
		'wp-json/batch/v1',
		username,
		password,
		{ requests }
	);
	expect( status ).toBe( 207 );
	return (
		body as {
			responses: Array< { status: number; body: { code?: string } } >;
		}
	 ).responses.map( ( response ) => ( {
		status: response.status,
		code: response.body?.code ?? null,
	} ) );
}

test.describe( 'under MainWP, MainWP’s own rule for other users’ credentials', () => {
	test( 'a second administrator manages their own credentials only, on every route; user 1 manages all', async ( {
		users,
		credentials,
		client,
		testSite,
	} ) => {
		const second = await users.create( 'administrator' );
		const own = await credentials.seed( 'Second’s own', second.id );
		const admins = await credentials.seed( 'Administrator’s' );
		await testSite.setMainWP( { active: true } );
		// The calls below use an application password: let it create, so that MainWP's rule
		// alone decides (the no-minting rule has its own tests in policy.spec.ts).
		await testSite.set( { e2e_minting_allowed: true } );
		const as = callerAs( client, second.username, own.password );

		// What is theirs, they may do.
		expect(
			(
				await as(
					'GET',
					'wp-json/wp/v2/users/me/application-passwords'
				)
			).status
		).toBe( 200 );
		expect(
			(
				await as(
					'POST',
					'wp-json/wp/v2/users/me/application-passwords',
					{
						name: 'Second’s new',
					}
				)
			).status
		).toBe( 201 );
		// Another user's, MainWP refuses every administrator but its "special admin".
		const user1 = 'wp-json/wp/v2/users/1/application-passwords';
		expect( await as( 'GET', user1 ) ).toEqual( {
			status: 403,
			code: 'rest_cannot_list_application_passwords',
		} );
		expect( await as( 'POST', user1, { name: 'Not mine' } ) ).toEqual( {
			status: 403,
			code: 'rest_cannot_create_application_passwords',
		} );
		expect(
			await as( 'POST', `${ user1 }/${ admins.uuid }`, {
				name: 'Renamed',
			} )
		).toEqual( {
			status: 403,
			code: 'rest_cannot_edit_application_password',
		} );
		expect( await as( 'DELETE', `${ user1 }/${ admins.uuid }` ) ).toEqual( {
			status: 403,
			code: 'rest_cannot_delete_application_password',
		} );
		expect( await as( 'DELETE', user1 ) ).toEqual( {
			status: 403,
			code: 'rest_cannot_delete_application_passwords',
		} );
		expect( await as( 'GET', OVERVIEW ) ).toEqual( {
			status: 403,
			code: 'rest_forbidden',
		} );
		expect(
			await as( 'GET', 'wp-json/app-passwords-manager/v1/owners/1' )
		).toEqual( {
			status: 403,
			code: 'rest_cannot_list_application_passwords',
		} );
		expect(
			await batchAs( client, second.username, own.password, [
				{
					method: 'DELETE',
					path: `/wp/v2/users/1/application-passwords/${ admins.uuid }`,
				},
			] )
		).toEqual( [
			{ status: 403, code: 'rest_cannot_delete_application_password' },
		] );
		expect(
			( await credentials.list() ).map( ( item ) => item.uuid )
		).toContain( admins.uuid );

		// User 1 is MainWP's special admin: everyone's credentials.
		const asAdmin = callerAs( client, 'admin', admins.password );
		expect( ( await asAdmin( 'GET', OVERVIEW ) ).status ).toBe( 200 );
		expect(
			(
				await asAdmin(
					'GET',
					`wp-json/wp/v2/users/${ second.id }/application-passwords`
				)
			).status
		).toBe( 200 );
		expect(
			(
				await asAdmin(
					'DELETE',
					`wp-json/wp/v2/users/${ second.id }/application-passwords/${ own.uuid }`
				)
			).status
		).toBe( 200 );
	} );

	test( 'the second administrator’s screen offers no other owner, even from a link', async ( {
		users,
		testSite,
	} ) => {
		const second = await users.create( 'administrator' );
		await testSite.setMainWP( { active: true } );
		const page = await ( await users.logIn( second ) ).newPage();

		await page.goto( `${ MAINWP_PAGE }&user_id=1&view=all` );

		await expect(
			page
				.getByRole( 'main' )
				.getByText(
					'You cannot manage the application passwords of the user in the link, so your own are shown.'
				)
		).toBeVisible();
		await expect(
			page.getByRole( 'button', { name: 'Create application password' } )
		).toBeVisible();
		await expect(
			page.getByRole( 'radio', { name: 'All users' } )
		).toHaveCount( 0 );
		await expect(
			page.getByRole( 'combobox', { name: 'Owner' } )
		).toHaveCount( 0 );
	} );

	test( 'a user manager who is no administrator needs Team Control’s explicit grant', async ( {
		users,
		credentials,
		client,
		testSite,
	} ) => {
		const manager = await users.create( 'e2e_user_manager' );
		const own = await credentials.seed( 'Manager’s own', manager.id );
		const admins = await credentials.seed( 'Administrator’s' );
		await testSite.setMainWP( { active: true } );
		const as = callerAs( client, manager.username, own.password );
		const user1 = 'wp-json/wp/v2/users/1/application-passwords';

		expect( ( await as( 'GET', user1 ) ).status ).toBe( 403 );
		expect( ( await as( 'GET', OVERVIEW ) ).status ).toBe( 403 );

		// Seeing is not managing: without "manage", every change is refused, batched or not.
		await testSite.set( {
			e2e_mainwp_granted: 'view_all_application_passwords',
		} );
		expect( ( await as( 'GET', user1 ) ).status ).toBe( 200 );
		expect( ( await as( 'GET', OVERVIEW ) ).status ).toBe( 200 );
		expect( await as( 'DELETE', `${ user1 }/${ admins.uuid }` ) ).toEqual( {
			status: 403,
			code: 'rest_cannot_delete_application_password',
		} );
		expect(
			await batchAs( client, manager.username, own.password, [
				{
					method: 'POST',
					path: `/wp/v2/users/1/application-passwords/${ admins.uuid }`,
					body: { name: 'Renamed in a batch' },
				},
				{
					method: 'DELETE',
					path: `/wp/v2/users/1/application-passwords/${ admins.uuid }`,
				},
			] )
		).toEqual( [
			{ status: 403, code: 'rest_cannot_edit_application_password' },
			{ status: 403, code: 'rest_cannot_delete_application_password' },
		] );

		await testSite.set( {
			e2e_mainwp_granted:
				'view_all_application_passwords,manage_application_passwords',
		} );
		expect( ( await as( 'GET', user1 ) ).status ).toBe( 200 );
		expect( ( await as( 'GET', OVERVIEW ) ).status ).toBe( 200 );
		expect(
			( await as( 'DELETE', `${ user1 }/${ admins.uuid }` ) ).status
		).toBe( 200 );
	} );

	test( 'a MainWP without its rule: nobody acts on others’ credentials, and the readiness panel says why', async ( {
		page,
		users,
		credentials,
		client,
		testSite,
	} ) => {
		const other = await users.create( 'subscriber' );
		const admins = await credentials.seed( 'Administrator’s' );
		await testSite.set( {
			e2e_mainwp_active: true,
			e2e_mainwp_rule_missing: true,
		} );
		const asAdmin = callerAs( client, 'admin', admins.password );

		expect(
			(
				await asAdmin(
					'GET',
					`wp-json/wp/v2/users/${ other.id }/application-passwords`
				)
			).status
		).toBe( 403 );
		expect( ( await asAdmin( 'GET', OVERVIEW ) ).status ).toBe( 403 );
		expect(
			(
				await asAdmin(
					'GET',
					'wp-json/wp/v2/users/me/application-passwords'
				)
			).status
		).toBe( 200 );

		await page.goto( MAINWP_PAGE );
		const readiness = page.getByRole( 'region', { name: 'Readiness' } );
		await readiness.getByRole( 'button', { name: 'Show checks' } ).click();
		await expect(
			readiness.getByRole( 'listitem', { name: 'MainWP Dashboard' } )
		).toContainText(
			'its rule for who may see and manage other users’ application passwords was not found'
		);
		await expect(
			page.getByRole( 'radio', { name: 'All users' } )
		).toHaveCount( 0 );
	} );
} );

test.describe( 'with MainWP’s Team Control denying a second administrator "create", "edit" and "delete"', () => {
	test( 'no create button, and 403s from every route, batch included', async ( {
		users,
		credentials,
		client,
		testSite,
	} ) => {
		const second = await users.create( 'administrator' );
		const own = await credentials.seed( 'Existing', second.id );
		await testSite.set( {
			e2e_mainwp_active: true,
			e2e_mainwp_denied:
				'create_application_passwords,edit_application_passwords,delete_application_passwords',
			// Its calls use an application password: MainWP's denial alone must refuse them.
			e2e_minting_allowed: true,
		} );
		const page = await ( await users.logIn( second ) ).newPage();

		await page.goto( MAINWP_PAGE );
		const row = page.getByRole( 'row', { name: /Existing/ } );
		await expect( row ).toBeVisible();
		await expect(
			page.getByRole( 'button', { name: 'Create application password' } )
		).toHaveCount( 0 );
		// On the row or in its Actions menu: reading only, no Edit, Revoke or Roll.
		expect( await rowActions( page, row ) ).toEqual( [
			'Activity',
			'Usage',
		] );
		await expect(
			page.getByRole( 'button', { name: 'Revoke all…' } )
		).toHaveCount( 0 );
		// Playground has one PHP worker: the page's own checks go first, not in the calls' way.
		await readinessChecked( page );

		const as = callerAs( client, second.username, own.password );
		const mine = 'wp-json/wp/v2/users/me/application-passwords';
		expect( await as( 'POST', mine, { name: 'Denied' } ) ).toEqual( {
			status: 403,
			code: 'rest_cannot_create_application_passwords',
		} );
		expect(
			await as( 'POST', `${ mine }/${ own.uuid }`, { name: 'Renamed' } )
		).toEqual( {
			status: 403,
			code: 'rest_cannot_edit_application_password',
		} );
		expect( await as( 'DELETE', `${ mine }/${ own.uuid }` ) ).toEqual( {
			status: 403,
			code: 'rest_cannot_delete_application_password',
		} );
		expect( await as( 'DELETE', mine ) ).toEqual( {
			status: 403,
			code: 'rest_cannot_delete_application_passwords',
		} );
		expect(
			await batchAs( client, second.username, own.password, [
				{
					method: 'POST',
					path: `/wp/v2/users/${ second.id }/application-passwords`,
					body: { name: 'Denied in a batch' },
				},
				{
					method: 'POST',
					path: `/wp/v2/users/${ second.id }/application-passwords/${ own.uuid }`,
					body: { name: 'Renamed in a batch' },
				},
				{
					method: 'DELETE',
					path: `/wp/v2/users/${ second.id }/application-passwords/${ own.uuid }`,
				},
			] )
		).toEqual( [
			{ status: 403, code: 'rest_cannot_create_application_passwords' },
			{ status: 403, code: 'rest_cannot_edit_application_password' },
			{ status: 403, code: 'rest_cannot_delete_application_password' },
		] );
		expect(
			( await credentials.list( second.id ) ).map( ( item ) => item.name )
		).toEqual( [ 'Existing' ] );
	} );
} );
