import { parseBootData } from '../../src/boot';

describe( 'parseBootData', () => {
	const valid = {
		rootId: 'root',
		placement: 'mainwp',
		mainwpVersion: '6.1.2',
		owner: {
			id: 1,
			login: 'admin',
			name: 'Site Admin',
			avatar: 'https://example.com/avatar.png',
			rights: {
				list: true,
				create: true,
				edit: true,
				delete: true,
				deleteAll: true,
			},
		},
		viewerId: 1,
		scope: 'user',
		canPickOwner: true,
		canViewAll: false,
		ownerNotice: null,
		roleNames: { administrator: 'Administrator' },
		newUserUrl: 'https://example.com/wp-admin/user-new.php',
		siteUrl: 'https://example.com/',
		restUrl: 'https://example.com/wp-json/',
		idleDays: 90,
		readiness: {
			https: {
				siteUsesHttps: true,
				requestIsHttps: true,
				environmentType: 'production',
			},
			applicationPasswords: {
				supported: true,
				available: false,
				siteFilter: {
					hook: 'wp_is_application_passwords_available',
					callbacks: [ '__return_false' ],
				},
				ownerId: 1,
				availableForOwner: false,
				ownerFilter: null,
			},
			mainwp: {
				version: '6.1.2',
				supported: true,
				minimumVersion: '6.0',
			},
			adminUrl: 'https://example.com/wp-admin/',
		},
	};

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
		[
			'readiness',
			{
				...valid,
				readiness: { ...valid.readiness, adminUrl: '/wp-admin/' },
			},
		],
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
} );
