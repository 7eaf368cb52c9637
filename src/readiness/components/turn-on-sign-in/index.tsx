/**
 * The readiness panel's one-click fix for core's application-password sign-in switch.
 */

import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { toRestError } from '../../../api/errors';
import { turnOnApplicationPasswordSignIn } from '../../api';

interface TurnOnSignInProps {
	/** Called once WordPress checks application passwords at sign-in. */
	onTurnedOn: () => void;
}

/**
 * A button that turns on application password sign-in, and the server's message if it cannot.
 *
 * @param props            Component props.
 * @param props.onTurnedOn Called after the switch is on.
 */
export function TurnOnSignIn( { onTurnedOn }: TurnOnSignInProps ) {
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< string | null >( null );

	async function turnOn() {
		setBusy( true );
		setError( null );
		try {
			if ( await turnOnApplicationPasswordSignIn() ) {
				onTurnedOn();
				return;
			}
			setError(
				__(
					'WordPress still ignores application passwords: something on this site keeps its switch off.',
					'mainwp-application-passwords'
				)
			);
		} catch ( caught ) {
			setError( toRestError( caught ).message );
		}
		setBusy( false );
	}

	return (
		<>
			<p>
				<Button
					variant="secondary"
					onClick={ turnOn }
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ __(
						'Turn on application password sign-in',
						'mainwp-application-passwords'
					) }
				</Button>
			</p>
			{ error && <p role="alert">{ error }</p> }
		</>
	);
}
