/** The package's version, read from package.json when the command line is built (tsup inlines it). */
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
