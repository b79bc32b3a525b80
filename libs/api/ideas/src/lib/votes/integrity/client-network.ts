import { isIPv4, isIPv6 } from 'node:net';

/**
 * The network a client address stands for when votes are grouped by origin: an IPv4 address itself
 * (also when written as IPv4-mapped IPv6), an IPv6 address's /64, which one household or phone
 * usually holds whole. Anything else is taken as it is.
 */
export function clientNetwork(address: string): string {
  const plain = address.split('%')[0].toLowerCase();
  if (isIPv4(plain) || !isIPv6(plain)) return plain;
  const groups = ipv6Groups(plain);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff)
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, `::` expanded and a dotted IPv4 tail converted. */
function ipv6Groups(address: string): number[] {
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const hex = tail
    ? address.slice(0, tail.index) +
      [(Number(tail[1]) << 8) | Number(tail[2]), (Number(tail[3]) << 8) | Number(tail[4])]
        .map((group) => group.toString(16))
        .join(':')
    : address;
  const [head, rest] = hex.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const before = parse(head);
  const after = parse(rest);
  const gap = rest === undefined ? [] : new Array<number>(8 - before.length - after.length).fill(0);
  return [...before, ...gap, ...after];
}
