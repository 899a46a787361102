// Name, version and home of the tool, from package.json (bundled into dist/cli.js at build time).
import pkg from '../../package.json';

const info = pkg as { version: string; homepage?: string; repository?: string | { url?: string } };

export const VERSION: string = info.version;

/** The project's web page, when package.json names one (SARIF wants an absolute URI or nothing). */
export const HOMEPAGE: string | undefined = (() => {
  const repo = typeof info.repository === 'string' ? info.repository : info.repository?.url;
  const url = info.homepage ?? repo?.replace(/^git\+/, '').replace(/\.git$/, '');
  return url && /^https?:\/\//.test(url) ? url : undefined;
})();
