/**
 * The audit trail in the store: events pages keyed by query, usage per credential, settings,
 * and events made stale by changes on this screen.
 */

import apiFetch from '@wordpress/api-fetch';

import type { EventsQuery } from '../../../src/api/audit';
import { store } from '../../../src/store';
import { freshRegistry, fromCore, owner, rawResponse } from './fixtures';

jest.mock( '@wordpress/api-fetch', () => jest.fn() );
jest.mock( '@wordpress/notices', () => require( './notices-stub' ) );

const mockedApiFetch = apiFetch as unknown as jest.Mock;

const query: EventsQuery = {
	page: 1,
	perPage: 20,
	search: '',
	userId: 2,
	uuid: 'u-1',
	types: [ 'created', 'revoked' ],
	after: null,
	before: null,
	order: 'desc',
};

const rawEvent = {
	id: 9,
	time: '2026-11-30T10:00:00Z',
	type: 'created',
	user_id: 2,
	user_login: 'editor',
	uuid: 'u-1',
	name: 'Zapier',
	actor_id: 1,
	actor_login: 'admin',
	via: 'screen',
	via_uuid: null,
	ip: '192.0.2.1',
	method: 'POST',
	route: '/wp/v2/users/2/application-passwords',
	context: {},
};

beforeEach( () => mockedApiFetch.mockReset() );

describe( 'getEventsPage', () => {
	it( 'fetches a page with its filters and totals, once per query', async () => {
		mockedApiFetch.mockResolvedValue(
			rawResponse( [ rawEvent ], {
				'X-WP-Total': '41',
				'X-WP-TotalPages': '3',
			} )
		);
		const registry = freshRegistry();

		const page = await registry
			.resolveSelect( store )
			.getEventsPage( query );
		await registry
			.resolveSelect( store )
			.getEventsPage( { ...query, types: [ 'created', 'revoked' ] } );

		expect( mockedApiFetch ).toHaveBeenCalledTimes( 1 );
		expect( mockedApiFetch.mock.calls[ 0 ][ 0 ] ).toEqual( {
			path: '/app-passwords-manager/v1/events?page=1&per_page=20&order=desc&user_id=2&uuid=u-1&type%5B0%5D=created&type%5B1%5D=revoked',
			parse: false,
		} );
		expect( page ).toEqual( {
			items: [
				expect.objectContaining( {
					id: 9,
					userId: 2,
					actorLogin: 'admin',
					via: 'screen',
					viaUuid: null,
				} ),
			],
			total: 41,
			totalPages: 3,
		} );
	} );

	it( 'fetches events again after a credential is created on this screen', async () => {
		mockedApiFetch.mockResolvedValue(
			rawResponse( [], { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' } )
		);
		const registry = freshRegistry();
		registry.dispatch( store ).setOwner( owner( 1 ) );
		await registry.resolveSelect( store ).getEventsPage( query );
		mockedApiFetch.mockResolvedValue( {
			...fromCore( 'b', 'Zapier' ),
			password: 'abcd efgh ijkl mnop qrst uvwx',
		} );

		await registry.dispatch( store ).createItem( 1, { name: 'Zapier' } );

		expect(
			registry
				.select( store )
				.hasFinishedResolution( 'getEventsPage', [ query ] )
		).toBe( false );
	} );
} );

describe( 'getUsage', () => {
	it( 'fetches one credential’s usage and names a bad answer', async () => {
		mockedApiFetch.mockResolvedValueOnce( {
			days: [ { date: '2026-11-30', requests: 3, writes: 1 } ],
			buckets: [
				{
					bucket: 'wp/v2',
					requests: 3,
					writes: 1,
					last_seen: '2026-11-30T10:00:00Z',
				},
			],
			addresses: [
				{
					ip: '192.0.2.1',
					requests: 3,
					first_seen: '2026-11-30T09:00:00Z',
					last_seen: '2026-11-30T10:00:00Z',
				},
			],
		} );
		const registry = freshRegistry();

		const usage = await registry
			.resolveSelect( store )
			.getUsage( 2, 'u-1' );

		expect( mockedApiFetch ).toHaveBeenCalledWith( {
			path: '/app-passwords-manager/v1/usage/2/u-1',
		} );
		expect( usage?.buckets[ 0 ]?.lastSeen ).toBe( '2026-11-30T10:00:00Z' );
		expect( usage?.addresses[ 0 ]?.firstSeen ).toBe(
			'2026-11-30T09:00:00Z'
		);

		mockedApiFetch.mockResolvedValueOnce( { days: [] } );
		await registry
			.resolveSelect( store )
			.getUsage( 2, 'u-2' )
			.catch( () => null );
		expect(
			(
				registry
					.select( store )
					.getResolutionError( 'getUsage', [ 2, 'u-2' ] ) as Error
			 ).message
		).toContain( 'days, buckets and addresses' );
	} );
} );

describe( 'saveAudit', () => {
	it( 'sends the settings in the server’s words and keeps what it saved', async () => {
		mockedApiFetch.mockResolvedValue( {
			events_days: 30,
			usage_days: 14,
			alerts: {
				new_credential: true,
				new_address: false,
				failed_sign_ins: true,
			},
		} );
		const registry = freshRegistry();
		const settings = {
			eventsDays: 30,
			usageDays: 14,
			alerts: {
				newCredential: true,
				newAddress: false,
				failedSignIns: true,
			},
		};

		await registry.dispatch( store ).saveAudit( settings );

		expect( mockedApiFetch ).toHaveBeenCalledWith( {
			path: '/app-passwords-manager/v1/audit-settings',
			method: 'POST',
			data: {
				events_days: 30,
				usage_days: 14,
				alerts: {
					new_credential: true,
					new_address: false,
					failed_sign_ins: true,
				},
			},
		} );
		expect( registry.select( store ).getAuditSettings() ).toEqual(
			settings
		);
	} );
} );

describe( 'saveAlertChoices', () => {
	it( 'shows the choice at once, and puts the old one back when the server refuses', async () => {
		const registry = freshRegistry();
		mockedApiFetch.mockResolvedValueOnce( {
			meta: { mainwp_app_passwords_alerts_off: [] },
		} );
		await registry.resolveSelect( store ).getAlertOptOuts();
		let answer: ( value: unknown ) => void = () => undefined;
		mockedApiFetch.mockImplementationOnce(
			() =>
				new Promise( ( resolve, reject ) => {
					answer = () =>
						reject( { code: 'rest_forbidden', message: 'No.' } );
				} )
		);

		const saving = registry
			.dispatch( store )
			.saveAlertChoices( [ 'newAddress' ] );
		expect( registry.select( store ).getAlertOptOuts() ).toEqual( [
			'newAddress',
		] );
		answer( null );

		await expect( saving ).rejects.toMatchObject( { message: 'No.' } );
		expect( mockedApiFetch ).toHaveBeenLastCalledWith( {
			path: '/wp/v2/users/me?context=edit&_fields=meta',
			method: 'POST',
			data: {
				meta: { mainwp_app_passwords_alerts_off: [ 'new_address' ] },
			},
		} );
		expect( registry.select( store ).getAlertOptOuts() ).toEqual( [] );
	} );
} );

describe( 'getEventFacets', () => {
	it( 'fetches the filters’ credentials and owners once, in the app’s shape', async () => {
		mockedApiFetch.mockResolvedValue( {
			owners: [ { id: 7, login: 'author' } ],
			credentials: [
				{ uuid: 'u-7', name: 'Tool', user_id: 7, user_login: 'author' },
			],
		} );
		const registry = freshRegistry();

		const facets = await registry.resolveSelect( store ).getEventFacets();
		await registry.resolveSelect( store ).getEventFacets();

		expect( mockedApiFetch ).toHaveBeenCalledTimes( 1 );
		expect( mockedApiFetch.mock.calls[ 0 ][ 0 ] ).toEqual( {
			path: '/app-passwords-manager/v1/events/facets',
		} );
		expect( facets ).toEqual( {
			owners: [ { id: 7, login: 'author' } ],
			credentials: [
				{ uuid: 'u-7', name: 'Tool', userId: 7, userLogin: 'author' },
			],
		} );
	} );

	it( 'refuses an answer that is not facets', async () => {
		mockedApiFetch.mockResolvedValue( { owners: [] } );
		const registry = freshRegistry();

		await expect(
			registry.resolveSelect( store ).getEventFacets()
		).rejects.toThrow( 'facets need credentials and owners' );
		expect(
			registry.select( store ).getResolutionError( 'getEventFacets', [] )
		).toBeInstanceOf( TypeError );
	} );
} );
