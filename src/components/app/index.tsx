/**
 * The Application Passwords screen.
 */

import { Button, Notice, SnackbarList, Spinner } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import type { BootData, Scope } from '../../boot';
import { BootContext } from '../../hooks/use-boot';
import { useStoreQuery } from '../../hooks/use-store-query';
import { useView } from '../../hooks/use-view';
import { store } from '../../store';
import { screenUrl } from '../../utils/location';
import { matchesUsage } from '../../utils/usage';
import { DEFAULT_ALL_VIEW, withUsageFilter } from '../../utils/view';
import { CreateDialog } from '../create-dialog';
import { CredentialsTable } from '../credentials-table';
import { useOverviewRows } from '../credentials-table/use-overview-rows';
import { useOwnerRows } from '../credentials-table/use-owner-rows';
import { EmptyState } from '../empty-state';
import { Guidance } from '../guidance';
import { OwnerPicker } from '../owner-picker';
import { ReadinessPanel } from '../readiness-panel';
import { RevokeAllDialog } from '../revoke-all-dialog';

interface AppProps {
	boot: BootData;
}

type Dialog = 'create' | 'revoke-all' | null;

function Snackbars() {
	const notices = useSelect(
		( select ) =>
			select( noticesStore )
				.getNotices()
				.filter( ( notice ) => notice.type === 'snackbar' ),
		[]
	);
	const { removeNotice } = useDispatch( noticesStore );
	return (
		<SnackbarList
			className="mainwp-application-passwords__snackbars"
			notices={ notices }
			onRemove={ removeNotice }
		/>
	);
}

/**
 * Shows one owner's application passwords, or every user's, and every action on them.
 *
 * @param props      Component props.
 * @param props.boot Checked boot data.
 */
export function App( { boot }: AppProps ) {
	const [ dialog, setDialog ] = useState< Dialog >( null );
	const [ scope, setScope ] = useState< Scope >( boot.scope );
	const [ ownerNotice, setOwnerNotice ] = useState( boot.ownerNotice );
	const owner =
		useSelect( ( select ) => select( store ).getOwner(), [] ) ?? boot.owner;
	const credentials = useStoreQuery( 'getCredentials', [ owner.id ] );
	const items = credentials.data ?? [];
	const hasLoaded = credentials.data !== null;
	const isEmpty = hasLoaded && items.length === 0;
	const isLoading = credentials.isResolving;
	const loadError = credentials.error;
	const { invalidateResolution } = useDispatch( store );
	const [ view, setView ] = useView();
	const [ allView, setAllView ] = useView( 'allView', DEFAULT_ALL_VIEW );
	const ownerRows = useOwnerRows( owner.id, credentials, view );
	const overviewRows = useOverviewRows(
		allView,
		setAllView,
		scope === 'all'
	);

	// The URL names what is shown, so that it can be shared and reloaded.
	useEffect( () => {
		const href = screenUrl(
			window.location.href,
			{ userId: owner.id, scope },
			boot.viewerId
		);
		if ( href !== window.location.href ) {
			window.history.replaceState( window.history.state, '', href );
		}
	}, [ owner.id, scope, boot.viewerId ] );

	// Under MainWP the page title is MainWP's own h1 ("API Access").
	const Heading = boot.placement === 'mainwp' ? 'h2' : 'h1';
	const close = () => setDialog( null );
	const inUserScope = scope === 'user';
	const hasItems = hasLoaded && ! isEmpty;
	const isOther = owner.id !== boot.viewerId;
	const SectionHeading = Heading === 'h1' ? 'h2' : 'h3';
	const choosingOwner = inUserScope && boot.canPickOwner;

	return (
		<BootContext.Provider value={ boot }>
			<div className="mainwp-application-passwords__app">
				<div className="mainwp-application-passwords__header">
					<Heading className="mainwp-application-passwords__title">
						{ __(
							'Application Passwords',
							'mainwp-application-passwords'
						) }
					</Heading>
					{ inUserScope && (
						<div className="mainwp-application-passwords__header-actions">
							{ hasItems && owner.rights.deleteAll && (
								<Button
									variant="secondary"
									isDestructive
									onClick={ () => setDialog( 'revoke-all' ) }
								>
									{ __(
										'Revoke all…',
										'mainwp-application-passwords'
									) }
								</Button>
							) }
							{ hasItems && owner.rights.create && (
								<Button
									variant="primary"
									onClick={ () => setDialog( 'create' ) }
								>
									{ __(
										'Create application password',
										'mainwp-application-passwords'
									) }
								</Button>
							) }
						</div>
					) }
				</div>
				<p className="mainwp-application-passwords__intro">
					{ __(
						'Application passwords let tools such as MCP clients, Zapier or your own scripts sign in to this site with HTTP Basic auth. Give each tool its own, and revoke it when the tool no longer needs it.',
						'mainwp-application-passwords'
					) }
				</p>
				<ReadinessPanel
					owner={ owner }
					readiness={ boot.readiness }
					mainwpVersion={ boot.mainwpVersion }
					checksEnabled={ hasLoaded || loadError !== null }
					headingLevel={ SectionHeading }
				/>
				<Guidance
					adminUrl={ boot.readiness.adminUrl }
					mainwpActive={ boot.mainwpVersion !== null }
					unusedCount={
						inUserScope && hasItems
							? items.filter( ( item ) =>
									matchesUsage( item, 'idle90', new Date() )
								).length
							: null
					}
					onShowUnused={ () =>
						setView( withUsageFilter( view, 'idle90' ) )
					}
					onChooseOwner={
						choosingOwner
							? () =>
									document
										.querySelector< HTMLInputElement >(
											'.mainwp-application-passwords__owner-picker input'
										)
										?.focus()
							: undefined
					}
					headingLevel={ SectionHeading }
				/>
				{ ( boot.canViewAll || boot.canPickOwner ) && (
					<div
						className={
							choosingOwner
								? 'mainwp-application-passwords__scope mainwp-application-passwords__scope--with-owner'
								: 'mainwp-application-passwords__scope'
						}
					>
						{ boot.canViewAll && (
							<div
								role="group"
								aria-label={ __(
									'Whose application passwords',
									'mainwp-application-passwords'
								) }
								className="mainwp-application-passwords__scope-switch"
							>
								<Button
									__next40pxDefaultSize
									variant="secondary"
									isPressed={ inUserScope }
									onClick={ () => setScope( 'user' ) }
								>
									{ isOther
										? __(
												'One user',
												'mainwp-application-passwords'
											)
										: __(
												'Yours',
												'mainwp-application-passwords'
											) }
								</Button>
								<Button
									__next40pxDefaultSize
									variant="secondary"
									isPressed={ ! inUserScope }
									onClick={ () => setScope( 'all' ) }
								>
									{ __(
										'All users',
										'mainwp-application-passwords'
									) }
								</Button>
							</div>
						) }
						{ inUserScope && boot.canPickOwner && (
							<OwnerPicker owner={ owner } />
						) }
					</div>
				) }
				{ ownerNotice && (
					<Notice
						status="warning"
						onRemove={ () => setOwnerNotice( null ) }
					>
						{ ownerNotice }
					</Notice>
				) }
				{ inUserScope && loadError && (
					<Notice
						status="error"
						isDismissible={ false }
						actions={ [
							{
								label: __(
									'Try again',
									'mainwp-application-passwords'
								),
								onClick: () =>
									invalidateResolution( 'getCredentials', [
										owner.id,
									] ),
							},
						] }
					>
						{ loadError.message }
					</Notice>
				) }
				{ inUserScope && ! hasLoaded && isLoading && <Spinner /> }
				{ inUserScope && isEmpty && (
					<EmptyState
						onCreate={
							owner.rights.create
								? () => setDialog( 'create' )
								: null
						}
					/>
				) }
				{ inUserScope && hasItems && (
					<CredentialsTable
						rows={ ownerRows }
						view={ view }
						onChangeView={ setView }
						searchLabel={ __(
							'Search by name',
							'mainwp-application-passwords'
						) }
					/>
				) }
				{ ! inUserScope && (
					<CredentialsTable
						rows={ overviewRows }
						view={ allView }
						onChangeView={ setAllView }
						searchLabel={ __(
							'Search by name or owner',
							'mainwp-application-passwords'
						) }
						empty={
							<p>
								{ allView.search || allView.filters?.length
									? __(
											'No application passwords match.',
											'mainwp-application-passwords'
										)
									: __(
											'No user on this site has an application password.',
											'mainwp-application-passwords'
										) }
							</p>
						}
					/>
				) }
				{ dialog === 'create' && (
					<CreateDialog owner={ owner } onClose={ close } />
				) }
				{ dialog === 'revoke-all' && (
					<RevokeAllDialog
						owner={ owner }
						count={ items.length }
						onClose={ close }
					/>
				) }
				<Snackbars />
			</div>
		</BootContext.Provider>
	);
}
