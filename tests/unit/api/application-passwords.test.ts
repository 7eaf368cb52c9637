import {
	collectionPath,
	parseApplicationPassword,
} from '../../../src/api/application-passwords';
import { CORE_ITEM as fromCore } from '../fixtures';

describe( 'parseApplicationPassword', () => {
	it( 'maps core’s item to the app’s shape', () => {
		expect( parseApplicationPassword( fromCore ) ).toEqual( {
			uuid: fromCore.uuid,
			appId: '',
			name: 'Claude Desktop',
			created: '2026-11-29T10:00:00',
			lastUsed: null,
			lastIp: null,
		} );
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
