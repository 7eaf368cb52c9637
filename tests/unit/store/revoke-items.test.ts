/**
 * Revoking many credentials: as many to a batch as the server says, single requests where
 * batches are refused, and every failure reported.
 */

import apiFetch from '@wordpress/api-fetch';

import type { Credential } from '../../../src/api/application-passwords';
import { store } from '../../../src/store';
import {
	batchOptions,
	credentials,
	fromCore,
	freshRegistry,
	type Request,
} from './fixtures';

jest.mock( '@wordpress/api-fetch', () => jest.fn() );
jest.mock( '@wordpress/notices', () => require( './notices-stub' ) );

const mockedApiFetch = apiFetch as unknown as jest.Mock;

/**
 * Answers like core: OPTIONS /batch/v1 with a maximum, every batched DELETE with 200.
 *
 * @param maxItems What the batch route accepts.
 */
const batchesSucceed = ( maxItems: number ) => async ( request: Request ) => {
	if ( request.method === 'OPTIONS' ) {
		return batchOptions( maxItems );
	}
	return {
		responses: request.data!.requests.map( () => ( {
			status: 200,
			body: { deleted: true },
		} ) ),
	};
};

function revoke( chosen: Credential[] ) {
	return freshRegistry().dispatch( store ).revokeItems( chosen );
}

const batchCalls = () =>
	mockedApiFetch.mock.calls.filter(
		( [ request ]: [ Request ] ) =>
			request.path === '/batch/v1' && request.method === 'POST'
	);

beforeEach( () => mockedApiFetch.mockReset() );

it( 'revokes 30 credentials in ceil(30 / 25) = 2 batch requests when the server takes 25', async () => {
	mockedApiFetch.mockImplementation( batchesSucceed( 25 ) );

	const { revoked, failed } = await revoke( credentials( 30 ) );

	expect( batchCalls() ).toHaveLength( 2 );
	expect( batchCalls()[ 0 ][ 0 ].data.requests ).toHaveLength( 25 );
	expect( batchCalls()[ 1 ][ 0 ].data.requests[ 0 ] ).toEqual( {
		method: 'DELETE',
		path: '/wp/v2/users/1/application-passwords/uuid-25',
	} );
	expect( revoked ).toHaveLength( 30 );
	expect( failed ).toEqual( [] );
} );

it( 'sizes batches by the maximum the server announces, asked once', async () => {
	mockedApiFetch.mockImplementation( batchesSucceed( 10 ) );
	const registry = freshRegistry();

	await registry.dispatch( store ).revokeItems( credentials( 25 ) );
	await registry.dispatch( store ).revokeItems( credentials( 5 ) );

	expect(
		batchCalls().map( ( [ request ] ) => request.data.requests.length )
	).toEqual( [ 10, 10, 5, 5 ] );
	expect(
		mockedApiFetch.mock.calls.filter(
			( [ request ]: [ Request ] ) => request.method === 'OPTIONS'
		)
	).toHaveLength( 1 );
} );

it( "mixes owners in one batch, each DELETE on its own owner's route", async () => {
	mockedApiFetch.mockImplementation( batchesSucceed( 25 ) );
	const mixed = [ ...credentials( 2, 1 ), ...credentials( 1, 7 ) ].map(
		( credential, index ) => ( { ...credential, uuid: `mixed-${ index }` } )
	);

	const { revoked } = await revoke( mixed );

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

/**
 * Answers like core: a batch of three whose first is revoked, second not found, third failed;
 * and the owner's list, fetched again, holding what `listed` names.
 *
 * @param listed Uuids still in the owner's list.
 */
const mixedOutcome =
	( listed: string[] ) =>
	async ( request: Request ): Promise< unknown > => {
		if ( request.method === 'OPTIONS' ) {
			return batchOptions( 25 );
		}
		if ( request.path !== '/batch/v1' ) {
			return listed.map( ( uuid ) => fromCore( uuid ) );
		}
		return {
			responses: [
				{ status: 200, body: { deleted: true } },
				{
					status: 404,
					body: {
						code: 'rest_application_password_not_found',
						message: 'Application password not found.',
					},
				},
				{
					status: 500,
					body: {
						code: 'db_error',
						message: 'Could not delete application password.',
					},
				},
			],
		};
	};

it( 'reports each failure, and a 404 as already gone once the list again confirms it', async () => {
	mockedApiFetch.mockImplementation( mixedOutcome( [ 'uuid-2' ] ) );

	const { revoked, alreadyGone, failed } = await revoke( credentials( 3 ) );

	expect( revoked.map( ( credential ) => credential.uuid ) ).toEqual( [
		'uuid-0',
	] );
	expect( alreadyGone.map( ( credential ) => credential.uuid ) ).toEqual( [
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
	expect(
		mockedApiFetch.mock.calls.filter(
			( [ request ]: [ Request ] ) =>
				request.path === '/wp/v2/users/1/application-passwords'
		)
	).toHaveLength( 1 );
} );

it( 'reports a 404 as failed when the list again still holds the credential', async () => {
	mockedApiFetch.mockImplementation( mixedOutcome( [ 'uuid-1', 'uuid-2' ] ) );

	const { alreadyGone, failed } = await revoke( credentials( 3 ) );

	expect( alreadyGone ).toEqual( [] );
	expect( failed.map( ( failure ) => failure.item.uuid ) ).toEqual( [
		'uuid-2',
		'uuid-1',
	] );
	expect( failed[ 1 ]!.error ).toEqual( {
		code: 'rest_application_password_not_found',
		message:
			'The server answered that it was not found, yet still lists it: it was not revoked.',
		status: 404,
	} );
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

	const { revoked } = await revoke( credentials( 6 ) );

	const deletes = mockedApiFetch.mock.calls.filter(
		( [ request ]: [ Request ] ) => request.method === 'DELETE'
	);
	expect( deletes ).toHaveLength( 6 );
	expect( revoked ).toHaveLength( 6 );
} );

it( 'sends single DELETEs for requests the batch refuses as not batchable', async () => {
	mockedApiFetch.mockImplementation( async ( request: Request ) => {
		if ( request.method === 'OPTIONS' ) {
			return batchOptions( 25 );
		}
		return request.path === '/batch/v1'
			? {
					responses: request.data!.requests.map( () => ( {
						status: 400,
						body: { code: 'rest_batch_not_allowed' },
					} ) ),
				}
			: { deleted: true };
	} );

	const { revoked, failed } = await revoke( credentials( 2 ) );

	expect( revoked ).toHaveLength( 2 );
	expect( failed ).toEqual( [] );
} );
