/** The five source documents' texts, read from ../shared/sources by Vite (vite.config.ts). */
declare module 'virtual:source-texts' {
  const texts: Readonly<Record<'000' | '001' | '002' | '003' | '004', string>>;
  export default texts;
}
