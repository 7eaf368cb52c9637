/**
 * Unit tests: @wordpress/scripts' Jest config, pointed at tests/unit.
 */
const path = require( 'path' );

const baseConfig = require( '@wordpress/scripts/config/jest-unit.config.js' );

module.exports = {
	...baseConfig,
	rootDir: path.join( __dirname, '..', '..' ),
	roots: [ '<rootDir>/tests/unit' ],
	testMatch: [ '**/*.test.[jt]s?(x)' ],
};
