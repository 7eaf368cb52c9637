/**
 * MainWP's own rule for other users' credentials, on the real MainWP Dashboard 6.1.2: only its
 * "special admin" (user 1, or the owner of the admin email) sees and manages everyone's; any other
 * administrator is refused them, on core's routes and this plugin's alike.
 */

import {
	OVERVIEW,
	basicAuthFetch,
	createUserWithRole,
	deleteUser,
	seedPassword,
} from '../utils/site';
import { REAL_MAINWP_URL, expect, test } from './fixtures';

test( 'a second administrator is refused user 1’s credentials; user 1 is not refused theirs', async ( {
	playwright,
	mainwpRequestUtils,
} ) => {
	const second = await createUserWithRole(
		mainwpRequestUtils,
		'administrator'
	);
	const admins = await seedPassword( mainwpRequestUtils, 'Administrator’s' );
	try {
		await checkRule();
	} finally {
		await mainwpRequestUtils.rest( {
			method: 'DELETE',
			path: `/wp/v2/users/me/application-passwords/${ admins.uuid }`,
		} );
		// Deleting the user deletes their credentials too.
		await deleteUser( mainwpRequestUtils, second );
	}

	/** Asks as the second administrator, then as user 1. */
	async function checkRule() {
		// User 1 may create a credential for another user: MainWP's special admin manages everyone's.
		const seconds = await seedPassword(
			mainwpRequestUtils,
			'Second administrator’s',
			second.id
		);

		const as = async (
			username: string,
			password: string,
			method: 'GET' | 'DELETE',
			path: string
		) => {
			const { status, body } = await basicAuthFetch(
				playwright.request,
				REAL_MAINWP_URL,
				method,
				path,
				username,
				password
			);
			return {
				status,
				code: ( body as { code?: string } | null )?.code ?? null,
			};
		};
		const user1 = 'wp-json/wp/v2/users/1/application-passwords';

		// Their own credentials work, so every refusal below is MainWP's rule, not sign-in.
		expect(
			(
				await as(
					second.username,
					seconds.password,
					'GET',
					'wp-json/wp/v2/users/me/application-passwords'
				)
			).status
		).toBe( 200 );
		expect(
			await as( second.username, seconds.password, 'GET', user1 )
		).toEqual( {
			status: 403,
			code: 'rest_cannot_list_application_passwords',
		} );
		expect(
			await as(
				second.username,
				seconds.password,
				'DELETE',
				`${ user1 }/${ admins.uuid }`
			)
		).toEqual( {
			status: 403,
			code: 'rest_cannot_delete_application_password',
		} );
		expect(
			await as( second.username, seconds.password, 'GET', OVERVIEW )
		).toEqual( { status: 403, code: 'rest_forbidden' } );

		expect(
			(
				await as(
					'admin',
					admins.password,
					'GET',
					`wp-json/wp/v2/users/${ second.id }/application-passwords`
				)
			).status
		).toBe( 200 );
	}
} );
