// Dependencies published only as ES modules: Jest runs CommonJS, so they are compiled like our own code.
const ESM_ONLY_PACKAGES = [
  'content-disposition',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer/inflate',
  'uint8array-extras',
  '@borewit/text-codec',
];

module.exports = {
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_ONLY_PACKAGES.join('|')})/).*/node_modules/`],
  // file-type offers Node only an `import` entry, which Jest's resolver does not take.
  moduleNameMapper: { '^file-type$': require.resolve('file-type') },
};
