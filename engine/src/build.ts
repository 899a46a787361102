// Which build of Gongwen is running. What a build keeps for later runs (lint results, corpus
// trainings) is keyed by it, so a rebuilt or updated Gongwen never serves an older build's work.
import fs = require('fs');
import { version } from '../../package.json';

/** Gongwen's version and the running bundle's size and modification time (a rebuild changes them). */
export function toolIdentity(bundle: string = __filename): string {
  const st = fs.statSync(bundle);
  return `${version} ${st.size} ${st.mtimeMs}`;
}
