// js-yaml arrives with electron-builder without type declarations; the test needs only `load`.
declare module 'js-yaml' {
  const yaml: { load(text: string): unknown };
  export default yaml;
}
