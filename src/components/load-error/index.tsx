/**
 * Why credentials could not be loaded, with a way to try again.
 */

import { Notice } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

import type { RestError } from '../../api/errors';

interface LoadErrorProps {
	error: RestError;
	onRetry: () => void;
}

/**
 * Shows the server's message and a "Try again" action.
 *
 * @param props         Component props.
 * @param props.error   What the server answered.
 * @param props.onRetry Loads again.
 */
export function LoadError( { error, onRetry }: LoadErrorProps ) {
	return (
		<Notice
			status="error"
			isDismissible={ false }
			actions={ [
				{
					label: __( 'Try again', 'mainwp-application-passwords' ),
					onClick: onRetry,
				},
			] }
		>
			{ error.message }
		</Notice>
	);
}
