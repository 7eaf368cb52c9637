/**
 * Events in people's words.
 */

import { EVENT_TYPES, type AuditEvent } from '../../../src/api/audit';
import {
	describeActor,
	eventTypeLabel,
	eventTypeOptions,
	isWarningEvent,
} from '../../../src/utils/event-words';

const event = ( fields: Partial< AuditEvent > = {} ): AuditEvent => ( {
	id: 1,
	time: '2026-11-30T10:00:00Z',
	type: 'created',
	userId: 2,
	userLogin: 'editor',
	uuid: 'u-1',
	name: 'Zapier',
	actorId: 1,
	actorLogin: 'admin',
	via: 'screen',
	viaUuid: null,
	ip: '192.0.2.1',
	method: 'POST',
	route: '/wp/v2/users/2/application-passwords',
	context: {},
	...fields,
} );

describe( 'eventTypeLabel', () => {
	it( 'has words for every type the server records, each different', () => {
		const labels = EVENT_TYPES.map( eventTypeLabel );
		labels.forEach( ( label, index ) =>
			expect( label ).not.toBe( EVENT_TYPES[ index ] )
		);
		expect( new Set( labels ).size ).toBe( EVENT_TYPES.length );
		expect( eventTypeLabel( 'refused_ip' ) ).toBe(
			'Refused: address not allowed'
		);
	} );

	it( 'reads a type it does not know yet instead of hiding it', () => {
		expect( eventTypeLabel( 'refused_new_reason' ) ).toBe(
			'refused new reason'
		);
	} );

	it( 'offers every type as a filter option', () => {
		expect( eventTypeOptions().map( ( option ) => option.value ) ).toEqual(
			[ ...EVENT_TYPES ]
		);
	} );
} );

describe( 'isWarningEvent', () => {
	it( 'marks refusals and failed sign-ins, nothing else', () => {
		expect( EVENT_TYPES.filter( isWarningEvent ).sort() ).toEqual( [
			'failed_sign_in',
			'refused_cannot_mint',
			'refused_expired',
			'refused_ip',
			'refused_read_only',
			'refused_rotated_out',
		] );
	} );
} );

describe( 'describeActor', () => {
	it( 'names who acted and by which path', () => {
		expect( describeActor( event() ) ).toBe( 'admin via this screen' );
		expect( describeActor( event( { via: 'mainwp' } ) ) ).toBe(
			'admin via MainWP’s page'
		);
	} );

	it( 'says when a client used the credential itself', () => {
		expect(
			describeActor(
				event( {
					type: 'first_use',
					actorLogin: 'editor',
					via: 'application-password',
					viaUuid: 'u-1',
				} )
			)
		).toBe( 'editor via this application password' );
		expect(
			describeActor(
				event( { via: 'application-password', viaUuid: 'other' } )
			)
		).toBe( 'admin via an application password' );
	} );

	it( 'says when nobody was signed in', () => {
		expect(
			describeActor(
				event( {
					type: 'failed_sign_in',
					actorId: 0,
					actorLogin: null,
					via: 'rest',
				} )
			)
		).toBe( 'Nobody signed in, via the REST API' );
	} );
} );
