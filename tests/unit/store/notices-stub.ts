/**
 * A notices store with only what the thunks use: the real package pulls in all of the
 * components package, which Jest cannot load here.
 */

import { createReduxStore } from '@wordpress/data';

interface Notice {
	content: string;
	type?: string;
}

/** The stand-in for `@wordpress/notices`' store. */
export const store = createReduxStore( 'core/notices', {
	reducer: (
		notices: Notice[] = [],
		action: { type: string; notice?: Notice }
	) =>
		action.type === 'CREATE_NOTICE' && action.notice
			? [ ...notices, action.notice ]
			: notices,
	actions: {
		createSuccessNotice: ( content: string, options: object = {} ) => ( {
			type: 'CREATE_NOTICE',
			notice: { content, ...options },
		} ),
	},
	selectors: {
		getNotices: ( notices: Notice[] ) => notices,
	},
} );
