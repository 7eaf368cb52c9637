import { parseSitePolicy, policyRequestFields } from '../../../src/api/policy';
import { readPolicyRefusal } from '../../../src/api/credential-test';

describe( 'parseSitePolicy', () => {
	it( 'reads the site policy as the server sends it', () => {
		expect(
			parseSitePolicy( {
				default_lifetime_days: 90,
				max_lifetime_days: null,
				default_access: 'read',
			} )
		).toEqual( {
			defaultLifetimeDays: 90,
			maxLifetimeDays: null,
			defaultAccess: 'read',
		} );
	} );

	it.each( [
		[ { default_lifetime_days: 0, max_lifetime_days: null } ],
		[ { default_lifetime_days: null, max_lifetime_days: '30' } ],
		[
			{
				default_lifetime_days: null,
				max_lifetime_days: null,
				default_access: 'write',
			},
		],
	] )( 'refuses %j', ( value ) => {
		expect( () => parseSitePolicy( value ) ).toThrow();
	} );
} );

describe( 'policyRequestFields', () => {
	it( 'names the fields as core’s routes take them', () => {
		expect(
			policyRequestFields( {
				expires: null,
				access: 'read',
				allowedIps: [ '10.0.0.0/8' ],
			} )
		).toEqual( {
			expires: null,
			access: 'read',
			allowed_ips: [ '10.0.0.0/8' ],
		} );
	} );
} );

describe( 'readPolicyRefusal', () => {
	it( 'recognises each policy refusal by its code', () => {
		expect(
			readPolicyRefusal(
				{
					code: 'application_password_expired',
					message: 'Expired.',
					data: { status: 401, expired_at: '2026-11-01T00:00:00Z' },
				},
				'HTTP 401'
			)
		).toEqual( {
			outcome: 'policy',
			reason: 'expired',
			message: 'Expired.',
			date: '2026-11-01T00:00:00Z',
			ip: null,
		} );
		expect(
			readPolicyRefusal(
				{
					code: 'application_password_ip_not_allowed',
					data: { ip: '198.51.100.4' },
				},
				'HTTP 403'
			)
		).toMatchObject( {
			reason: 'ip-not-allowed',
			message: 'HTTP 403',
			ip: '198.51.100.4',
		} );
		expect(
			readPolicyRefusal(
				{ code: 'application_password_read_only', message: 'No.' },
				''
			)
		).toMatchObject( { reason: 'read-only' } );
	} );

	it( 'leaves other errors alone', () => {
		expect(
			readPolicyRefusal( { code: 'incorrect_password' }, '' )
		).toBeNull();
		expect( readPolicyRefusal( 'oops', '' ) ).toBeNull();
	} );
} );
