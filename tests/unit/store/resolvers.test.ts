/**
 * The store owns loading: resolvers fetch, resolution state says loading, loaded or failed,
 * and changes invalidate what they make stale.
 */

import apiFetch from '@wordpress/api-fetch';

import type { OverviewQuery } from '../../../src/api/application-passwords';
import { store } from '../../../src/store';
import {
	freshRegistry,
	fromCore,
	item,
	owner,
	rawResponse,
	type Request,
} from './fixtures';

jest.mock( '@wordpress/api-fetch', () => jest.fn() );
jest.mock( '@wordpress/notices', () => require( './notices-stub' ) );

const mockedApiFetch = apiFetch as unknown as jest.Mock;

const query: OverviewQuery = {
	page: 1,
	perPage: 20,
	search: '',
	orderby: 'created',
	order: 'desc',
	usage: [],
	policy: [],
};

beforeEach( () => mockedApiFetch.mockReset() );

describe( 'getCredentials', () => {
	it( 'fetches an owner’s list once, and says it has finished', async () => {
		mockedApiFetch.mockResolvedValue( [ fromCore( 'a' ) ] );
		const registry = freshRegistry();
		registry.dispatch( store ).setOwner( owner( 1 ) );

		expect( registry.select( store ).getCredentials( 1 ) ).toBeNull();
		const items = await registry.resolveSelect( store ).getCredentials( 1 );
		await registry.resolveSelect( store ).getCredentials( 1 );

		expect( items ).toEqual( [ { ...item( 'a' ), owner: owner( 1 ) } ] );
		expect( mockedApiFetch ).toHaveBeenCalledTimes( 1 );
		expect( mockedApiFetch ).toHaveBeenCalledWith( {
			path: '/wp/v2/users/1/application-passwords',
		} );
		expect(
			registry
				.select( store )
				.hasFinishedResolution( 'getCredentials', [ 1 ] )
		).toBe( true );
	} );

	it( 'records why the list could not be loaded, and loads it again when invalidated', async () => {
		const refused = {
			code: 'rest_forbidden',
			message:
				'Sorry, you are not allowed to list application passwords.',
			data: { status: 403 },
		};
		mockedApiFetch.mockRejectedValueOnce( refused );
		const registry = freshRegistry();
		registry.dispatch( store ).setOwner( owner( 1 ) );

		await expect(
			registry.resolveSelect( store ).getCredentials( 1 )
		).rejects.toBe( refused );
		expect(
			registry
				.select( store )
				.getResolutionError( 'getCredentials', [ 1 ] )
		).toBe( refused );

		mockedApiFetch.mockResolvedValueOnce( [] );
		await registry
			.dispatch( store )
			.invalidateResolution( 'getCredentials', [ 1 ] );
		expect(
			await registry.resolveSelect( store ).getCredentials( 1 )
		).toEqual( [] );
		expect(
			registry
				.select( store )
				.hasResolutionFailed( 'getCredentials', [ 1 ] )
		).toBe( false );
	} );

	it( 'keeps each owner’s list under its own id, whichever answer comes last', async () => {
		const answers: Record< string, ( value: unknown ) => void > = {};
		mockedApiFetch.mockImplementation(
			( request: Request ) =>
				new Promise( ( resolve ) => {
					answers[ request.path ] = resolve;
				} )
		);
		const registry = freshRegistry();
		registry.dispatch( store ).setOwner( owner( 2 ) );
		const second = registry.resolveSelect( store ).getCredentials( 2 );
		registry.dispatch( store ).setOwner( owner( 3 ) );
		const third = registry.resolveSelect( store ).getCredentials( 3 );
		await new Promise( ( resolve ) => setTimeout( resolve, 0 ) );

		answers[ '/wp/v2/users/3/application-passwords' ]!( [
			fromCore( 'three' ),
		] );
		await third;
		answers[ '/wp/v2/users/2/application-passwords' ]!( [
			fromCore( 'two' ),
		] );
		await second;

		expect(
			registry
				.select( store )
				.getCredentials( 3 )
				?.map( ( credential ) => credential.uuid )
		).toEqual( [ 'three' ] );
	} );
} );

describe( 'changes', () => {
	async function loaded() {
		mockedApiFetch.mockImplementation( async ( request: Request ) =>
			request.parse === false
				? rawResponse( [ { ...fromCore( 'a' ), owner: owner( 1 ) } ], {
						'X-WP-Total': '1',
						'X-WP-TotalPages': '1',
					} )
				: [ fromCore( 'a' ) ]
		);
		const registry = freshRegistry();
		registry.dispatch( store ).setOwner( owner( 1 ) );
		await registry.resolveSelect( store ).getCredentials( 1 );
		await registry.resolveSelect( store ).getOverviewPage( query );
		mockedApiFetch.mockReset();
		return registry;
	}

	const overviewResolved = ( registry: ReturnType< typeof freshRegistry > ) =>
		registry
			.select( store )
			.hasFinishedResolution( 'getOverviewPage', [ query ] );

	it( 'adds a created credential to the owner’s list and invalidates the overview', async () => {
		const registry = await loaded();
		mockedApiFetch.mockResolvedValue( {
			...fromCore( 'b', 'Zapier' ),
			password: 'abcd efgh ijkl mnop qrst uvwx',
		} );

		const created = await registry
			.dispatch( store )
			.createItem( 1, { name: 'Zapier' } );

		expect( created.password ).toBe( 'abcd efgh ijkl mnop qrst uvwx' );
		expect(
			registry
				.select( store )
				.getCredentials( 1 )
				?.map( ( credential ) => credential.uuid )
		).toEqual( [ 'b', 'a' ] );
		expect( JSON.stringify( registry.select( store ) ) ).not.toContain(
			'abcd'
		);
		expect( overviewResolved( registry ) ).toBe( false );
	} );

	it( 'renames in the owner’s list and in the overview page, and invalidates the overview', async () => {
		const registry = await loaded();
		mockedApiFetch.mockResolvedValue( fromCore( 'a', 'Renamed' ) );

		const renamed = registry.select( store ).getCredentials( 1 )![ 0 ]!;
		await registry
			.dispatch( store )
			.updateItem( renamed, { name: 'Renamed' } );

		expect(
			registry.select( store ).getCredentials( 1 )?.[ 0 ]?.name
		).toBe( 'Renamed' );
		expect(
			registry.select( store ).getOverviewPage( query )?.items[ 0 ]?.name
		).toBe( 'Renamed' );
		expect( overviewResolved( registry ) ).toBe( false );
	} );

	it( 'empties the owner’s list after revoking all, and invalidates the overview', async () => {
		const registry = await loaded();
		mockedApiFetch.mockResolvedValue( { deleted: true, count: 1 } );

		await registry.dispatch( store ).revokeAllItems( 1 );

		expect( registry.select( store ).getCredentials( 1 ) ).toEqual( [] );
		expect( overviewResolved( registry ) ).toBe( false );
	} );
} );
