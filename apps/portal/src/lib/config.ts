import 'server-only';
import { readEnvironment } from './environment';

/** Settings parsed once from the environment. */
export const config = readEnvironment();
