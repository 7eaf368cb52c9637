/**
 * The Usage action and its panel: how a credential was used over the last 30 days.
 */

import type { Action } from '@wordpress/dataviews/wp';
import { __, sprintf } from '@wordpress/i18n';
import { chartBar } from '@wordpress/icons';

import type { Credential } from '../../../api/application-passwords';
import { UsagePanel } from '../../usage-panel';

/**
 * The panel inside DataViews' modal.
 *
 * @param props       Component props.
 * @param props.items The credential, alone in a list.
 */
function UsageModal( { items }: { items: Credential[] } ) {
	const item = items[ 0 ]!;
	return <UsagePanel userId={ item.owner.id } uuid={ item.uuid } />;
}

/** Shows one credential's usage: requests per day, namespaces and abilities, addresses. */
export const usageAction: Action< Credential > = {
	id: 'usage',
	label: __( 'Usage', 'mainwp-application-passwords' ),
	icon: chartBar,
	// In the row's Actions menu: Edit and Revoke stay on the row, leaving room for the columns.
	isEligible: ( item ) => item.owner.rights.list,
	modalHeader: ( items ) =>
		sprintf(
			/* translators: %s: Application password name. */
			__( 'Usage of “%s”', 'mainwp-application-passwords' ),
			items[ 0 ]?.name ?? ''
		),
	modalSize: 'large',
	RenderModal: UsageModal,
};
