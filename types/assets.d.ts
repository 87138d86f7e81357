// Text assets bundled by esbuild (loader "text") and loaded by the vitest plugin in vitest.config.ts.
declare module '*.graphql' {
  const text: string;
  export default text;
}
declare module '*.ejs' {
  const text: string;
  export default text;
}
declare module '*.yaml' {
  const text: string;
  export default text;
}
// bottleneck ships types for its main entry only; light.js is the same API without clustering.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
