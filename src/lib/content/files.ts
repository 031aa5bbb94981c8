/**
 * The names of the content directory's shared files. A module of its own, so
 * code that only names them (the build's command line) does not load the validator.
 */
export const POLICY_FILE = 'policy.yaml';
export const PEOPLE_FILE = 'people.yaml';
