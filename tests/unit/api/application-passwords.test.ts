import {
	collectionPath,
	parseApplicationPassword,
} from '../../../src/api/application-passwords';
import { CORE_ITEM as fromCore } from '../fixtures';

describe( 'parseApplicationPassword', () => {
	it( 'maps core’s item to the app’s shape, with no policy from an older server', () => {
		expect( parseApplicationPassword( fromCore ) ).toEqual( {
			uuid: fromCore.uuid,
			appId: '',
			name: 'Claude Desktop',
			created: '2026-11-29T10:00:00',
			lastUsed: null,
			lastIp: null,
			expires: null,
			access: 'full',
			allowedIps: [],
			rotation: null,
		} );
	} );

	it( 'reads the policy fields and the rotation', () => {
		const item = parseApplicationPassword( {
			...fromCore,
			expires: '2026-12-31T23:59:59Z',
			access: 'read',
			allowed_ips: [ '203.0.113.7', '2001:db8::/32' ],
			rotation: {
				replaced_by: 'new-uuid',
				replaces: null,
				revoke_at: '2026-12-01T10:00:00Z',
				grace: 3600,
			},
		} );
		expect( item ).toMatchObject( {
			expires: '2026-12-31T23:59:59Z',
			access: 'read',
			allowedIps: [ '203.0.113.7', '2001:db8::/32' ],
			rotation: {
				replacedBy: 'new-uuid',
				replaces: null,
				revokeAt: '2026-12-01T10:00:00Z',
				grace: 3600,
			},
		} );
	} );

	it( 'rejects policy fields that are not what the contract says', () => {
		expect( () =>
			parseApplicationPassword( { ...fromCore, access: 'write' } )
		).toThrow( '"access"' );
		expect( () =>
			parseApplicationPassword( { ...fromCore, allowed_ips: '1.2.3.4' } )
		).toThrow( '"allowed_ips"' );
		expect( () =>
			parseApplicationPassword( { ...fromCore, rotation: 'soon' } )
		).toThrow( '"rotation"' );
	} );

	it( 'keeps usage metadata when present', () => {
		const item = parseApplicationPassword( {
			...fromCore,
			last_used: '2026-11-29T11:00:00',
			last_ip: '127.0.0.1',
		} );
		expect( item.lastUsed ).toBe( '2026-11-29T11:00:00' );
		expect( item.lastIp ).toBe( '127.0.0.1' );
	} );

	it( 'rejects items that are not what core sends', () => {
		expect( () => parseApplicationPassword( null ) ).toThrow(
			'not an object'
		);
		expect( () =>
			parseApplicationPassword( { ...fromCore, name: 3 } )
		).toThrow( '"name"' );
		expect( () =>
			parseApplicationPassword( { ...fromCore, last_used: 5 } )
		).toThrow( '"last_used"' );
	} );
} );

describe( 'collectionPath', () => {
	it( 'addresses the current user or a user id', () => {
		expect( collectionPath( 'me' ) ).toBe(
			'/wp/v2/users/me/application-passwords'
		);
		expect( collectionPath( 7 ) ).toBe(
			'/wp/v2/users/7/application-passwords'
		);
	} );
} );
