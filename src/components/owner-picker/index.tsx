/**
 * Choosing whose credentials the screen manages: a searchable list of the site's users.
 */

import type { ForwardedRef } from 'react';

import { ComboboxControl, ExternalLink, Notice } from '@wordpress/components';
import { useDebounce } from '@wordpress/compose';
import { useDispatch } from '@wordpress/data';
import {
	forwardRef,
	useImperativeHandle,
	useMemo,
	useRef,
	useState,
} from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { toRestError } from '../../api/errors';
import type { OwnerSummary, UserMatch } from '../../api/owners';
import { useBoot } from '../../hooks/use-boot';
import { useLatest } from '../../hooks/use-latest';
import { useStoreQuery } from '../../hooks/use-store-query';
import { store } from '../../store';
import { isolate } from '../../utils/bidi';

/** How long typing must pause before users are looked up. */
const SEARCH_DELAY = 300;

interface OwnerPickerProps {
	owner: OwnerSummary;
}

/** What the screen may do with the picker: put the cursor in it. */
export interface OwnerPickerHandle {
	focus: () => void;
}

/**
 * Names a user: "Display Name (login)", or the login alone when they are the same.
 *
 * @param name  Display name.
 * @param login Username.
 */
function userName( name: string, login: string ) {
	return name && name !== login
		? sprintf(
				/* translators: 1: Display name, 2: Username. */
				__( '%1$s (%2$s)', 'mainwp-application-passwords' ),
				isolate( name ),
				login
			)
		: login;
}

/**
 * Labels a user as the picker lists them: name, login and role.
 *
 * @param user      The user.
 * @param roleNames Role slug => translated name.
 */
function label( user: UserMatch, roleNames: Record< string, string > ) {
	const roles = user.roles
		.map( ( role ) => roleNames[ role ] ?? role )
		.join( ', ' );
	return roles
		? sprintf(
				/* translators: 1: User's name and username, 2: Role names. */
				__( '%1$s · %2$s', 'mainwp-application-passwords' ),
				userName( user.name, user.login ),
				roles
			)
		: userName( user.name, user.login );
}

/**
 * A combobox that finds users as one types and switches the screen to the one chosen.
 *
 * @param props       Component props.
 * @param props.owner The current owner.
 * @param ref         Receives a handle that focuses the picker's field.
 */
function OwnerPickerField(
	{ owner }: OwnerPickerProps,
	ref: ForwardedRef< OwnerPickerHandle >
) {
	const boot = useBoot();
	const container = useRef< HTMLDivElement >( null );
	// ComboboxControl keeps its input's ref to itself: reach the field through our own element.
	useImperativeHandle(
		ref,
		() => ( {
			focus: () => container.current?.querySelector( 'input' )?.focus(),
		} ),
		[]
	);
	const { switchOwner } = useDispatch( store );
	const [ search, setSearch ] = useState( '' );
	const searchWhenTypingPauses = useDebounce( setSearch, SEARCH_DELAY );
	// Nothing typed, nothing to look up: the page loads without a users request.
	const found = useStoreQuery( 'getUserMatches', [ search ], search !== '' );
	const latestMatches = useLatest( found.data );
	const [ switchError, setSwitchError ] = useState< string | null >( null );

	const options = useMemo( () => {
		const current = {
			value: String( owner.id ),
			label: userName( owner.name, owner.login ),
		};
		const matches = search === '' ? [] : ( latestMatches ?? [] );
		return [
			current,
			...matches
				.filter( ( user ) => user.id !== owner.id )
				.map( ( user ) => ( {
					value: String( user.id ),
					label: label( user, boot.roleNames ),
				} ) ),
		];
	}, [ search, latestMatches, owner, boot.roleNames ] );

	const choose = async ( value: string | null | undefined ) => {
		const id = Number( value );
		if ( ! value || ! Number.isInteger( id ) || id === owner.id ) {
			return;
		}
		setSwitchError( null );
		try {
			await switchOwner( id );
		} catch ( reason ) {
			setSwitchError( toRestError( reason ).message );
		}
	};

	return (
		<div className="mainwp-application-passwords__owner" ref={ container }>
			<ComboboxControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				className="mainwp-application-passwords__owner-picker"
				label={ __( 'Owner', 'mainwp-application-passwords' ) }
				value={ String( owner.id ) }
				options={ options }
				onFilterValueChange={ ( typed ) =>
					searchWhenTypingPauses( typed.trim() )
				}
				onChange={ choose }
				allowReset={ false }
				isLoading={ found.isResolving }
			/>
			<p className="mainwp-application-passwords__owner-advice">
				{ __(
					'For production automations, use a dedicated API user with only the role the tool needs, so its credentials can be audited and revoked without touching a person’s account.',
					'mainwp-application-passwords'
				) }{ ' ' }
				{ boot.newUserUrl && (
					<ExternalLink href={ boot.newUserUrl }>
						{ __( 'Add a user', 'mainwp-application-passwords' ) }
					</ExternalLink>
				) }
			</p>
			{ switchError && (
				<Notice
					status="error"
					onRemove={ () => setSwitchError( null ) }
					className="mainwp-application-passwords__owner-error"
				>
					{ switchError }
				</Notice>
			) }
			{ found.error && (
				<Notice
					status="error"
					isDismissible={ false }
					className="mainwp-application-passwords__owner-error"
				>
					{ found.error.message }
				</Notice>
			) }
		</div>
	);
}

/** The owner picker, with a ref that focuses its field. */
export const OwnerPicker = forwardRef( OwnerPickerField );
