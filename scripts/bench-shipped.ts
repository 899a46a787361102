// What npm run bench times in process, as one entry: bench.ts bundles it the way esbuild.js builds
// dist/ and times that bundle (see shippedCode there).
export { lint } from '../engine/src/lint';
export { loadModel } from '../engine/src/model/load';
export { joinRenderedHtml, renderHtml, splitRenderedHtml } from '../engine/src/render';
export { diffPages } from '../client/src/preview/page-diff';
