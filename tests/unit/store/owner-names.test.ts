/**
 * Owners' display names as people read them: WordPress stores &, < and > as entities.
 */

import apiFetch from '@wordpress/api-fetch';

import { store } from '../../../src/store';
import { freshRegistry, owner, type Request } from './fixtures';

jest.mock( '@wordpress/api-fetch', () => jest.fn() );
jest.mock( '@wordpress/notices', () => require( './notices-stub' ) );

const mockedApiFetch = apiFetch as unknown as jest.Mock;

beforeEach( () => mockedApiFetch.mockReset() );

it( 'searches a name as WordPress stores it, and lists it as people read it', async () => {
	mockedApiFetch.mockResolvedValue( [
		{
			id: 9,
			name: 'Tom &amp; Jerry &lt;ops&gt;',
			username: 'tom',
			roles: [ 'editor' ],
		},
	] );

	const users = await freshRegistry()
		.resolveSelect( store )
		.getUserMatches( 'Tom & Jerry <ops>' );

	expect( users ).toEqual( [
		{ id: 9, name: 'Tom & Jerry <ops>', login: 'tom', roles: [ 'editor' ] },
	] );
	const { path } = mockedApiFetch.mock.calls[ 0 ][ 0 ] as Request;
	expect(
		new URL( path, 'https://example.com' ).searchParams.get( 'search' )
	).toBe( 'Tom &amp; Jerry &lt;ops&gt;' );
} );

it( 'decodes the owner it switches to', async () => {
	mockedApiFetch.mockResolvedValue( {
		...owner( 9 ),
		name: 'Tom &amp; Jerry',
	} );
	const registry = freshRegistry();

	await registry.dispatch( store ).switchOwner( 9 );

	expect( registry.select( store ).getOwner()?.name ).toBe( 'Tom & Jerry' );
} );
