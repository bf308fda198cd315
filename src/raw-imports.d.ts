// Vite `?raw` imports, used by the corpus test to read the example notes inside workerd (which has no fs).
declare module '*?raw' {
  const text: string;
  export default text;
}
