/**
 * What the screen shows: the Yours / All users / Activity switch, and the owner picker.
 */

import type { Ref } from 'react';

/* eslint-disable @wordpress/no-unsafe-wp-apis -- ToggleGroupControl is exported only under this name. */
import {
	__experimentalToggleGroupControl as ToggleGroupControl,
	__experimentalToggleGroupControlOption as ToggleGroupControlOption,
} from '@wordpress/components';
/* eslint-enable @wordpress/no-unsafe-wp-apis */
import { __ } from '@wordpress/i18n';

import type { OwnerSummary } from '../../api/owners';
import type { Scope } from '../../boot';
import { useBoot } from '../../hooks/use-boot';
import { OwnerPicker, type OwnerPickerHandle } from '../owner-picker';

interface ScopeSwitchProps {
	scope: Scope;
	onChangeScope: ( scope: Scope ) => void;
	owner: OwnerSummary;
	/** Lets the screen focus the owner picker. */
	ownerPickerRef: Ref< OwnerPickerHandle >;
}

/**
 * Shows the switch to everyone (All users only to those who may see every user's
 * credentials), and the picker to those who may manage other users' credentials.
 *
 * @param props                Component props.
 * @param props.scope          One owner's credentials, every user's, or the Activity view.
 * @param props.onChangeScope  Switches the scope.
 * @param props.owner          The owner shown.
 * @param props.ownerPickerRef Handle of the owner picker.
 */
export function ScopeSwitch( {
	scope,
	onChangeScope,
	owner,
	ownerPickerRef,
}: ScopeSwitchProps ) {
	const boot = useBoot();
	const choosingOwner = scope === 'user' && boot.canPickOwner;
	return (
		<div
			className={
				choosingOwner
					? 'mainwp-application-passwords__scope mainwp-application-passwords__scope--with-owner'
					: 'mainwp-application-passwords__scope'
			}
		>
			<div className="mainwp-application-passwords__scope-switch">
				<ToggleGroupControl
					__next40pxDefaultSize
					label={ __(
						'What to show',
						'mainwp-application-passwords'
					) }
					hideLabelFromVision
					value={ scope }
					onChange={ ( value ) =>
						onChangeScope(
							value === 'all' || value === 'activity'
								? value
								: 'user'
						)
					}
				>
					<ToggleGroupControlOption
						value="user"
						label={
							owner.id === boot.viewerId
								? __( 'Yours', 'mainwp-application-passwords' )
								: __(
										'One user',
										'mainwp-application-passwords'
									)
						}
					/>
					{ boot.canViewAll && (
						<ToggleGroupControlOption
							value="all"
							label={ __(
								'All users',
								'mainwp-application-passwords'
							) }
						/>
					) }
					<ToggleGroupControlOption
						value="activity"
						label={ __(
							'Activity',
							'mainwp-application-passwords'
						) }
					/>
				</ToggleGroupControl>
			</div>
			{ choosingOwner && (
				<OwnerPicker owner={ owner } ref={ ownerPickerRef } />
			) }
		</div>
	);
}
