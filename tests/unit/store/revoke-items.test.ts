import apiFetch from '@wordpress/api-fetch';

import type { Credential } from '../../../src/api/application-passwords';
import { revokeItems } from '../../../src/store/actions';
import { credentials } from '../fixtures';

jest.mock( '@wordpress/api-fetch', () => jest.fn() );
// The thunk only hands the notices store to the registry it is given.
jest.mock( '@wordpress/notices', () => ( { store: 'core/notices' } ) );

const mockedApiFetch = apiFetch as unknown as jest.Mock;

type Request = {
	path: string;
	method: string;
	data?: { requests: Array< { path: string } > };
};

function run( chosen: Credential[] ) {
	const dispatch = jest.fn();
	const createSuccessNotice = jest.fn();
	const registry = { dispatch: () => ( { createSuccessNotice } ) };
	return {
		dispatch,
		createSuccessNotice,
		report: revokeItems( chosen )( { dispatch, registry } ),
	};
}

const batchCalls = () =>
	mockedApiFetch.mock.calls.filter(
		( [ request ]: [ Request ] ) => request.path === '/batch/v1'
	);

beforeEach( () => mockedApiFetch.mockReset() );

it( 'revokes 30 credentials in ceil(30 / 25) = 2 batch requests', async () => {
	mockedApiFetch.mockImplementation( async ( request: Request ) => ( {
		responses: request.data!.requests.map( () => ( {
			status: 200,
			body: { deleted: true },
		} ) ),
	} ) );

	const { report, dispatch } = run( credentials( 30 ) );
	const { revoked, failed } = await report;

	expect( batchCalls() ).toHaveLength( 2 );
	expect( batchCalls()[ 0 ][ 0 ].data.requests ).toHaveLength( 25 );
	expect( batchCalls()[ 1 ][ 0 ].data.requests[ 0 ] ).toEqual( {
		method: 'DELETE',
		path: '/wp/v2/users/1/application-passwords/uuid-25',
	} );
	expect( revoked ).toHaveLength( 30 );
	expect( failed ).toEqual( [] );
	expect( dispatch ).toHaveBeenCalledWith( {
		type: 'REMOVE_ITEMS',
		uuids: credentials( 30 ).map( ( item ) => item.uuid ),
	} );
} );

it( "mixes owners in one batch, each DELETE on its own owner's route", async () => {
	mockedApiFetch.mockImplementation( async ( request: Request ) => ( {
		responses: request.data!.requests.map( () => ( {
			status: 200,
			body: { deleted: true },
		} ) ),
	} ) );
	const mixed = [ ...credentials( 2, 1 ), ...credentials( 1, 7 ) ].map(
		( item, index ) => ( { ...item, uuid: `mixed-${ index }` } )
	);

	const { revoked } = await run( mixed ).report;

	expect( batchCalls() ).toHaveLength( 1 );
	expect(
		batchCalls()[ 0 ][ 0 ].data.requests.map(
			( request: { path: string } ) => request.path
		)
	).toEqual( [
		'/wp/v2/users/1/application-passwords/mixed-0',
		'/wp/v2/users/1/application-passwords/mixed-1',
		'/wp/v2/users/7/application-passwords/mixed-2',
	] );
	expect( revoked ).toHaveLength( 3 );
} );

it( 'reports each failure, counts a credential already gone as revoked', async () => {
	mockedApiFetch.mockResolvedValue( {
		responses: [
			{ status: 200, body: { deleted: true } },
			{
				status: 404,
				body: { code: 'rest_application_password_not_found' },
			},
			{
				status: 500,
				body: {
					code: 'db_error',
					message: 'Could not delete application password.',
				},
			},
		],
	} );

	const { revoked, failed } = await run( credentials( 3 ) ).report;

	expect( revoked.map( ( item ) => item.uuid ) ).toEqual( [
		'uuid-0',
		'uuid-1',
	] );
	expect( failed ).toEqual( [
		{
			item: credentials( 3 )[ 2 ],
			error: {
				code: 'db_error',
				message: 'Could not delete application password.',
				status: 500,
			},
		},
	] );
} );

it( 'falls back to single DELETEs when the batch route is unavailable', async () => {
	mockedApiFetch.mockImplementation( async ( request: Request ) => {
		if ( request.path === '/batch/v1' ) {
			throw {
				code: 'rest_no_route',
				message: 'No route',
				data: { status: 404 },
			};
		}
		return { deleted: true };
	} );

	const { revoked } = await run( credentials( 6 ) ).report;

	const deletes = mockedApiFetch.mock.calls.filter(
		( [ request ]: [ Request ] ) => request.method === 'DELETE'
	);
	expect( deletes ).toHaveLength( 6 );
	expect( revoked ).toHaveLength( 6 );
} );

it( 'sends single DELETEs for requests the batch refuses as not batchable', async () => {
	mockedApiFetch.mockImplementation( async ( request: Request ) =>
		request.path === '/batch/v1'
			? {
					responses: request.data!.requests.map( () => ( {
						status: 400,
						body: { code: 'rest_batch_not_allowed' },
					} ) ),
				}
			: { deleted: true }
	);

	const { revoked, failed } = await run( credentials( 2 ) ).report;

	expect( revoked ).toHaveLength( 2 );
	expect( failed ).toEqual( [] );
} );
