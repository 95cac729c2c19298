/** One pre-filled tab of the playground (GraphiQL's `defaultTabs`). */
export interface PlaygroundTab {
  query: string;
  /** JSON text for the variables editor. */
  variables?: string;
  /** JSON text for the headers editor. */
  headers?: string;
}
