/** URL of the folder of offline basemap tiles (`{z}/{x}/{y}.pbf`), made by scripts/vite/basemap-plugin.ts. */
declare module 'virtual:basemap-tiles' {
  const url: string;
  export default url;
}
