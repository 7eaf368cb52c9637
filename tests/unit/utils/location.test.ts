/* @jest-environment node */
import { initialScope, screenUrl } from '../../../src/utils/location';

const page =
	'https://example.com/wp-admin/admin.php?page=RESTAPIManageAppPasswords';

describe( 'screenUrl', () => {
	it( 'names another owner with user_id, keeping the page argument', () => {
		expect( screenUrl( page, { userId: 7, scope: 'user' }, 1 ) ).toBe(
			`${ page }&user_id=7`
		);
	} );

	it( 'leaves the viewer’s own credentials without user_id', () => {
		expect(
			screenUrl( `${ page }&user_id=7`, { userId: 1, scope: 'user' }, 1 )
		).toBe( page );
	} );

	it( 'opens the overview with view=all and drops the owner', () => {
		expect(
			screenUrl( `${ page }&user_id=7`, { userId: 7, scope: 'all' }, 1 )
		).toBe( `${ page }&view=all` );
	} );

	it( 'returns the URL as it is when it already says what is shown', () => {
		const href = `${ page }&user_id=7&orderby=name%20asc`;
		expect( screenUrl( href, { userId: 7, scope: 'user' }, 1 ) ).toBe(
			href
		);
	} );

	it( 'opens the Activity view with view=activity', () => {
		expect(
			screenUrl(
				`${ page }&view=all`,
				{ userId: 1, scope: 'activity' },
				1
			)
		).toBe( `${ page }&view=activity` );
	} );
} );

describe( 'initialScope', () => {
	it( 'opens the Activity view the URL asks for, and keeps the server’s scope otherwise', () => {
		expect( initialScope( `${ page }&view=activity`, 'user' ) ).toBe(
			'activity'
		);
		expect( initialScope( `${ page }&view=all`, 'all' ) ).toBe( 'all' );
		expect( initialScope( `${ page }&view=all`, 'user' ) ).toBe( 'user' );
	} );
} );
