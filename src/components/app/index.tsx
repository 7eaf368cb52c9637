/**
 * The Application Passwords screen: composes its parts over the screen's state.
 */

import { Suspense } from '@wordpress/element';

import type { BootData } from '../../boot';
import { BootContext } from '../../hooks/use-boot';
import { useScreen } from '../../hooks/use-screen';
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

// The dialogs load when first opened: the table does not need them.
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

/**
 * Shows one owner's application passwords, or every user's, and every action on them.
 *
 * @param props      Component props.
 * @param props.boot Checked boot data.
 */
export function App( { boot }: { boot: BootData } ) {
	const screen = useScreen( boot );
	const { owner, items } = screen;
	// Under MainWP the page title is MainWP's own h1 ("API Access").
	const inMainWP = boot.placement === 'mainwp';

	return (
		<BootContext.Provider value={ boot }>
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
				</Suspense>
				<Settings headingLevel={ inMainWP ? 'h3' : 'h2' } />
				<ScreenSnackbars />
			</div>
		</BootContext.Provider>
	);
}
