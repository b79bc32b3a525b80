import sharp from 'sharp';

/** A picture for the demo data: a landscape in the given hue with a cup of tea, drawn on the spot. */
export function demoPicture(hue: number, width = 1600, height = 900): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1600 900">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="hsl(${hue},65%,82%)"/>
        <stop offset="1" stop-color="hsl(${hue + 30},55%,58%)"/>
      </linearGradient>
    </defs>
    <rect width="1600" height="900" fill="url(#sky)"/>
    <circle cx="1300" cy="190" r="95" fill="hsl(45,95%,72%)"/>
    <path d="M0 660 Q420 520 820 640 T1600 600 V900 H0 Z" fill="hsl(${hue + 70},40%,38%)"/>
    <path d="M0 760 Q500 660 1000 760 T1600 740 V900 H0 Z" fill="hsl(${hue + 90},35%,28%)"/>
    <g transform="translate(560 420)">
      <path d="M40 0 C40 0 60 -60 30 -110 M110 0 C110 0 130 -60 100 -110 M180 0 C180 0 200 -60 170 -110"
        stroke="white" stroke-width="10" fill="none" stroke-linecap="round" opacity="0.8"/>
      <path d="M0 20 H240 V150 Q240 250 120 250 Q0 250 0 150 Z" fill="white"/>
      <path d="M240 60 Q330 60 320 130 Q310 190 240 180" stroke="white" stroke-width="22" fill="none"/>
      <ellipse cx="120" cy="30" rx="110" ry="14" fill="hsl(${hue + 20},45%,45%)"/>
    </g>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
