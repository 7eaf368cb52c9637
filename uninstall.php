<?php
/**
 * Runs when an administrator deletes the plugin: removes what the plugin stored, nothing else.
 *
 * Application passwords are WordPress core's and are never touched here.
 *
 * @package MainWP_Application_Passwords
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/class-uninstall.php';

( new MainWP_Application_Passwords\Uninstall() )->run();
