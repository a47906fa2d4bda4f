/** The merged offline basemap's URL, made by src/build/basemap-plugin.ts. */
declare module 'virtual:basemap-data' {
  const url: string;
  export default url;
}
