/** URL of the folder of offline basemap tiles (`{z}/{x}/{y}.pbf`), made by src/build/basemap-plugin.ts. */
declare module 'virtual:basemap-tiles' {
  const url: string;
  export default url;
}
