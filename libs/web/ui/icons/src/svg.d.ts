// SVG files are imported as their markup: the web build loads `.svg` as text
// (web/project.json "loader"), and Jest stringifies them (the jest-preset-angular transform).
declare module '*.svg' {
  const content: string;
  export default content;
}
