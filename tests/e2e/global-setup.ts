/**
 * Logs the administrator in once and saves the session for every test.
 */

import { request, type FullConfig } from '@playwright/test';
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

export default async function globalSetup(
	config: FullConfig
): Promise< void > {
	const { storageState, baseURL } = config.projects[ 0 ]!.use;
	const requestContext = await request.newContext( { baseURL } );
	const requestUtils = new RequestUtils( requestContext, {
		storageStatePath:
			typeof storageState === 'string' ? storageState : undefined,
		baseURL,
	} );
	await requestUtils.setupRest();
	// The first admin page after boot is slow; pay that once here rather than in a test.
	await requestContext.get( 'wp-admin/' );
	await requestContext.dispose();
}
