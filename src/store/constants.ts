/** Name of the plugin's @wordpress/data store. */
export const STORE_NAME = 'mainwp-application-passwords';

/** How many revoke requests may be in flight at once. */
export const REVOKE_CONCURRENCY = 4;
