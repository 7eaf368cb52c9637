/**
 * The Application Passwords screen: composes its parts over the screen's state.
 */

import { Modal } from '@wordpress/components';
import { Suspense, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import type { BootData } from '../../boot';
import { BootContext } from '../../hooks/use-boot';
import { OneTimeContext, type OneTimeRequest } from '../../hooks/use-one-time';
import { useScreen } from '../../hooks/use-screen';
import { useTakeOver } from '../../hooks/use-take-over';
import { ReadinessPanel } from '../../readiness';
import { Settings } from '../../settings';
import { Activity } from '../activity';
import { Guidance } from '../guidance';
import { OverviewCredentials } from '../overview-credentials';
import { OwnerCredentials } from '../owner-credentials';
import { ScopeSwitch } from '../scope-switch';
import { ScreenHeader } from '../screen-header';
import { ScreenNotices, ScreenSnackbars } from '../screen-notices';
import { lazyPart } from '../lazy-part';

// The dialogs and the one-time view load when first opened: the table does not need them.
const CreateDialog = lazyPart(
	() => import( /* webpackChunkName: "create-dialog" */ '../create-dialog' ),
	( module ) => module.CreateDialog
);
const RevokeAllDialog = lazyPart(
	() =>
		import(
			/* webpackChunkName: "revoke-all-dialog" */ '../revoke-all-dialog'
		),
	( module ) => module.RevokeAllDialog
);
const OneTimeView = lazyPart(
	() => import( /* webpackChunkName: "one-time-view" */ '../one-time-view' ),
	( module ) => module.OneTimeView
);

/**
 * Shows one owner's application passwords, or every user's, and every action on them.
 *
 * @param props      Component props.
 * @param props.boot Checked boot data, as PHP printed it.
 */
export function App( { boot: printed }: { boot: BootData } ) {
	// The site policy saved in the Settings panel applies to the next create dialog at once.
	const [ policy, setPolicy ] = useState( printed.policy );
	const boot = useMemo(
		() => ( { ...printed, policy } ),
		[ printed, policy ]
	);
	const screen = useScreen( boot );
	const { owner, items } = screen;
	// Under MainWP the page title is MainWP's own h1 ("API Access").
	const inMainWP = boot.placement === 'mainwp';
	// A password an action's modal received (a roll); it lives only while its view is open.
	const [ oneTime, setOneTime ] = useState< OneTimeRequest | null >( null );
	// The rows PHP drew give way once the app shows the list (or why it cannot).
	useTakeOver(
		screen.scope !== 'user' ||
			screen.credentials.data !== null ||
			screen.credentials.error !== null
	);

	return (
		<BootContext.Provider value={ boot }>
			<OneTimeContext.Provider value={ setOneTime }>
				<div className="mainwp-application-passwords__app">
					<ScreenHeader
						heading={ inMainWP ? 'h2' : 'h1' }
						onRevokeAll={ screen.revokeAll }
						onCreate={ items.length ? screen.create : null }
					/>
					<ReadinessPanel
						owner={ owner }
						readiness={ boot.readiness }
						checksEnabled={ screen.checksEnabled }
						headingLevel={ inMainWP ? 'h3' : 'h2' }
					/>
					<Guidance
						adminUrl={ boot.readiness.adminUrl }
						mainwpActive={ boot.mainwpVersion !== null }
						unusedCount={ screen.unusedCount }
						onShowUnused={ screen.showUnused }
						onChooseOwner={ screen.chooseOwner }
						headingLevel={ inMainWP ? 'h3' : 'h2' }
					/>
					<ScopeSwitch
						scope={ screen.scope }
						onChangeScope={ screen.setScope }
						owner={ owner }
						ownerPickerRef={ screen.ownerPicker }
					/>
					<ScreenNotices />
					{ screen.scope === 'user' && (
						<OwnerCredentials
							credentials={ screen.credentials }
							rows={ screen.ownerRows }
							view={ screen.view }
							onChangeView={ screen.setView }
							onShowActivity={ screen.showActivity }
							onCreate={ screen.create }
						/>
					) }
					{ screen.scope === 'all' && (
						<OverviewCredentials
							rows={ screen.overviewRows }
							view={ screen.allView }
							onChangeView={ screen.setAllView }
							onShowActivity={ screen.showActivity }
						/>
					) }
					{ screen.scope === 'activity' && (
						<Activity
							rows={ screen.activityRows }
							view={ screen.activityView }
							onChangeView={ screen.setActivityView }
						/>
					) }
					<Suspense fallback={ null }>
						{ screen.dialog === 'create' && (
							<CreateDialog
								owner={ owner }
								onClose={ screen.closeDialog }
							/>
						) }
						{ screen.dialog === 'revoke-all' && (
							<RevokeAllDialog
								owner={ owner }
								count={ items.length }
								onClose={ screen.closeDialog }
							/>
						) }
						{ oneTime && (
							<Modal
								title={ __(
									'Your new application password',
									'mainwp-application-passwords'
								) }
								onRequestClose={ () => setOneTime( null ) }
								size="medium"
								shouldCloseOnClickOutside={ false }
							>
								<OneTimeView
									username={ oneTime.username }
									password={ oneTime.created.password }
									name={ oneTime.created.item.name }
									siteUrl={ boot.siteUrl }
									restUrl={ boot.restUrl }
									access={ oneTime.created.item.access }
									intro={ oneTime.intro }
									onDone={ () => setOneTime( null ) }
								/>
							</Modal>
						) }
					</Suspense>
					<Settings
						policy={ policy }
						onPolicySaved={ setPolicy }
						headingLevel={ inMainWP ? 'h3' : 'h2' }
					/>
					<ScreenSnackbars />
				</div>
			</OneTimeContext.Provider>
		</BootContext.Provider>
	);
}
