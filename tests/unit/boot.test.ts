import { parseBootData } from '../../src/boot';
import { READINESS, bootData } from './fixtures';

describe( 'parseBootData', () => {
	const valid = bootData( {
		readiness: {
			...READINESS,
			applicationPasswords: {
				...READINESS.applicationPasswords,
				available: false,
				siteFilter: {
					hook: 'wp_is_application_passwords_available',
					callbacks: [ '__return_false' ],
				},
				availableForOwner: false,
			},
		},
	} );

	it( 'accepts what the PHP side prints', () => {
		expect( parseBootData( valid ) ).toEqual( valid );
		expect(
			parseBootData( {
				...valid,
				placement: 'users',
				mainwpVersion: null,
			} )
		).toEqual( { ...valid, placement: 'users', mainwpVersion: null } );
	} );

	it( 'reads the site policy, and none from an older server', () => {
		expect(
			parseBootData( {
				...valid,
				canManageSettings: true,
				policy: {
					default_lifetime_days: 90,
					max_lifetime_days: 365,
					default_access: 'full',
				},
			} )
		).toMatchObject( {
			canManageSettings: true,
			policy: {
				defaultLifetimeDays: 90,
				maxLifetimeDays: 365,
				defaultAccess: 'full',
			},
		} );
		const { policy, ...older } = valid;
		expect( parseBootData( older ) ).toMatchObject( { policy: null } );
		expect( () =>
			parseBootData( { ...valid, policy: { default_access: 'x' } } )
		).toThrow( 'Boot data field "policy"' );
	} );

	it( 'explains missing boot data', () => {
		expect( () => parseBootData( undefined ) ).toThrow(
			'Boot data is missing'
		);
	} );

	it.each( [
		[ 'rootId', { ...valid, rootId: '' } ],
		[ 'placement', { ...valid, placement: 'tools' } ],
		[ 'mainwpVersion', { ...valid, mainwpVersion: 6 } ],
		[ 'owner', { ...valid, owner: { ...valid.owner, id: '1' } } ],
		[ 'owner', { ...valid, owner: { ...valid.owner, login: '' } } ],
		[
			'owner',
			{
				...valid,
				owner: {
					...valid.owner,
					rights: { ...valid.owner.rights, create: 'yes' },
				},
			},
		],
		[ 'viewerId', { ...valid, viewerId: 0 } ],
		[ 'scope', { ...valid, scope: 'everyone' } ],
		[ 'canPickOwner', { ...valid, canPickOwner: 1 } ],
		[ 'ownerNotice', { ...valid, ownerNotice: false } ],
		[ 'roleNames', { ...valid, roleNames: [ 'Administrator' ] } ],
		[ 'newUserUrl', { ...valid, newUserUrl: 'user-new.php' } ],
		[ 'siteUrl', { ...valid, siteUrl: 'javascript:alert(1)//' } ],
		[ 'restUrl', { ...valid, restUrl: 'https://example.com/wp-json' } ],
		[ 'idleDays', { ...valid, idleDays: undefined } ],
		[ 'idleDays', { ...valid, idleDays: 0 } ],
		[ 'idleDays', { ...valid, idleDays: 1.5 } ],
		[ 'readiness', { ...valid, readiness: undefined } ],
		[ 'audit', { ...valid, audit: { events_days: 180 } } ],
		[ 'canManageSettings', { ...valid, canManageSettings: 'yes' } ],
		[
			'readiness',
			{
				...valid,
				readiness: { ...valid.readiness, adminUrl: '/wp-admin/' },
			},
		],
		[ 'audit', { ...valid, audit: { events_days: 180 } } ],
		[ 'canManageSettings', { ...valid, canManageSettings: 'yes' } ],
		[
			'readiness',
			{
				...valid,
				readiness: {
					...valid.readiness,
					applicationPasswords: {
						...valid.readiness.applicationPasswords,
						siteFilter: { hook: 'x', callbacks: [ 1 ] },
					},
				},
			},
		],
	] )( 'names the bad field %s', ( field, value ) => {
		expect( () => parseBootData( value ) ).toThrow( `"${ field }"` );
	} );

	it( 'reads the audit settings the server prints for those who may change them', () => {
		expect(
			parseBootData( {
				...valid,
				audit: {
					events_days: 180,
					usage_days: 90,
					alerts: {
						new_credential: true,
						new_address: false,
						failed_sign_ins: true,
					},
				},
			} ).audit
		).toEqual( {
			eventsDays: 180,
			usageDays: 90,
			alerts: {
				newCredential: true,
				newAddress: false,
				failedSignIns: true,
			},
		} );
		expect( parseBootData( { ...valid, audit: undefined } ).audit ).toBe(
			null
		);
	} );
} );
