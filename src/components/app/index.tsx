/**
 * The Application Passwords screen.
 */

import { Button, Notice, SnackbarList, Spinner } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import type { BootData } from '../../boot';
import { BootContext } from '../../hooks/use-boot';
import { store } from '../../store';
import { CreateDialog } from '../create-dialog';
import { useView } from '../../hooks/use-view';
import { matchesUsage } from '../../utils/usage';
import { withUsageFilter } from '../../utils/view';
import { CredentialsTable } from '../credentials-table';
import { EmptyState } from '../empty-state';
import { Guidance } from '../guidance';
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
 * Shows the owner's application passwords and every action on them.
 *
 * @param props      Component props.
 * @param props.boot Checked boot data.
 */
export function App( { boot }: AppProps ) {
	const [ dialog, setDialog ] = useState< Dialog >( null );
	const { items, hasLoaded, isEmpty, isLoading, loadError } = useSelect(
		( select ) => {
			const selectors = select( store );
			return {
				items: selectors.getItems(),
				hasLoaded: selectors.hasLoaded(),
				isEmpty: selectors.isEmpty(),
				isLoading: selectors.isLoading(),
				loadError: selectors.getLoadError(),
			};
		},
		[]
	);
	const { loadItems } = useDispatch( store );
	const [ view, setView ] = useView();

	useEffect( () => {
		loadItems( boot.owner.id );
	}, [ loadItems, boot.owner.id ] );

	// Under MainWP the page title is MainWP's own h1 ("API Access").
	const Heading = boot.placement === 'mainwp' ? 'h2' : 'h1';
	const close = () => setDialog( null );
	const hasItems = hasLoaded && ! isEmpty;
	const SectionHeading = Heading === 'h1' ? 'h2' : 'h3';

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
					{ hasItems && (
						<div className="mainwp-application-passwords__header-actions">
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
							<Button
								variant="primary"
								onClick={ () => setDialog( 'create' ) }
							>
								{ __(
									'Create application password',
									'mainwp-application-passwords'
								) }
							</Button>
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
					owner={ boot.owner }
					readiness={ boot.readiness }
					mainwpVersion={ boot.mainwpVersion }
					checksEnabled={ hasLoaded || loadError !== null }
					headingLevel={ SectionHeading }
				/>
				<Guidance
					adminUrl={ boot.readiness.adminUrl }
					mainwpActive={ boot.mainwpVersion !== null }
					unusedCount={
						hasItems
							? items.filter( ( item ) =>
									matchesUsage( item, 'idle90', new Date() )
								).length
							: null
					}
					onShowUnused={ () =>
						setView( withUsageFilter( view, 'idle90' ) )
					}
					headingLevel={ SectionHeading }
				/>
				{ loadError && (
					<Notice
						status="error"
						isDismissible={ false }
						actions={ [
							{
								label: __(
									'Try again',
									'mainwp-application-passwords'
								),
								onClick: () => loadItems( boot.owner.id ),
							},
						] }
					>
						{ loadError.message }
					</Notice>
				) }
				{ ! hasLoaded && isLoading && <Spinner /> }
				{ isEmpty && (
					<EmptyState onCreate={ () => setDialog( 'create' ) } />
				) }
				{ hasItems && (
					<CredentialsTable
						items={ items }
						isLoading={ isLoading }
						view={ view }
						onChangeView={ setView }
					/>
				) }
				{ dialog === 'create' && <CreateDialog onClose={ close } /> }
				{ dialog === 'revoke-all' && (
					<RevokeAllDialog count={ items.length } onClose={ close } />
				) }
				<Snackbars />
			</div>
		</BootContext.Provider>
	);
}
