/** The Crowdforge teal, used when an organisation has no usable colour. */
export const DEFAULT_BRAND_COLOUR = '#0f5f6e';

/** `#rrggbb`, the form the API stores brand colours in. */
export const HEX_COLOUR_PATTERN = /^#[0-9a-f]{6}$/i;

export function isHexColour(value: string | null | undefined): value is string {
  return typeof value === 'string' && HEX_COLOUR_PATTERN.test(value);
}

/** Black or white, whichever reads better on the given colour (WCAG relative luminance). */
export function readableOn(colour: string): '#000000' | '#ffffff' {
  if (!isHexColour(colour)) {
    return '#ffffff';
  }
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(colour.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white vs. with black; pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** The first letter of a name, for a logo placeholder. */
export function initialOf(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? '?';
}
