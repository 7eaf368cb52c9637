/**
 * Advice that more than one part of the screen gives, written once.
 */

import { __ } from '@wordpress/i18n';

/** Says what a server that drops the Authorization header does to every client. */
export function authorizationHeaderDroppedText(): string {
	return __(
		'The web server drops the Authorization header before WordPress sees it, so every client is refused, whatever its password.',
		'mainwp-application-passwords'
	);
}

/** Says how to make Apache or nginx pass the Authorization header on to PHP. */
export function authorizationHeaderFixText(): string {
	return __(
		'On Apache (CGI or FastCGI), add “SetEnvIf Authorization (.+) HTTP_AUTHORIZATION=$1” to .htaccess; on nginx with PHP-FPM, add “fastcgi_param HTTP_AUTHORIZATION $http_authorization;” to the site’s PHP location.',
		'mainwp-application-passwords'
	);
}
