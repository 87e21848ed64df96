// Where the worker may send requests a shop configures (webhooks, and any other outbound URL): public https hosts
// only. Refused: other schemes, user:password@, IP literals of private, loopback, link-local, shared, reserved or
// multicast ranges (v4 and v6, whatever notation: the URL parser turns 2130706433, 0x7f.0.0.1 and 0177.0.0.1 into
// 127.0.0.1), cloud metadata names, single-label and internal names (localhost, *.internal, *.local …).
// `http://` is allowed only to loopback (localhost, 127.0.0.1, [::1]) and only where the caller allows it: a local
// development or test worker. zod-free, so that anything may import it.

export interface OutboundUrlOptions {
  /** Local development and tests only: allow `http://` to localhost, 127.0.0.1 and [::1]. */
  allowLoopbackHttp?: boolean;
}

const INTERNAL_NAMES = new Set([
  'localhost',
  'metadata',
  'metadata.google.internal',
  'instance-data',
  'metadata.azure.com',
  'kubernetes.default',
]);
const INTERNAL_SUFFIXES = [
  '.localhost',
  '.local',
  '.localdomain',
  '.internal',
  '.intranet',
  '.lan',
  '.home.arpa',
  '.corp',
  '.home',
];
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** IPv4 CIDR blocks no webhook may target (RFC 6890 special-purpose and the like). */
const BLOCKED_V4: [number, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
].map(([address, bits]) => [ipv4ToNumber(address as string)!, bits as number]);

function ipv4ToNumber(address: string): number | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (!match) return null;
  const parts = match.slice(1).map(Number);
  if (parts.some((part) => part > 255)) return null;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

export function isBlockedIpv4(address: string): boolean {
  const value = ipv4ToNumber(address);
  if (value === null) return false;
  return BLOCKED_V4.some(([base, bits]) => bits === 0 || value >>> (32 - bits) === base >>> (32 - bits));
}

/** The eight 16-bit groups of an IPv6 address (as the URL parser writes it, without brackets), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const value = ipv4ToNumber(v4[1]!);
    if (value === null) return null;
    text = `${text.slice(0, v4.index)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part ? part.split(':').map((group) => Number.parseInt(group, 16)) : []);
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? head.length !== 8 : missing < 0) return null;
  const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null;
}

function v4Of(high: number, low: number): string {
  return [high >>> 8, high & 0xff, low >>> 8, low & 0xff].join('.');
}

/** Anything but global unicast (2000::/3) is refused, as are documentation, Teredo and embedded private IPv4. */
export function isBlockedIpv6(address: string): boolean {
  const groups = ipv6Groups(address);
  if (!groups) return true;
  const [first] = groups as [number];
  // IPv4-mapped (::ffff:0:0/96), IPv4-compatible (::/96) and NAT64 (64:ff9b::/96): judge the IPv4 inside.
  const embedded =
    groups.slice(0, 5).every((group) => group === 0) && (groups[5] === 0xffff || groups[5] === 0)
      ? v4Of(groups[6]!, groups[7]!)
      : first === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0)
        ? v4Of(groups[6]!, groups[7]!)
        : null;
  if (embedded !== null) return true; // no reason for a webhook to use these notations at all
  if ((first & 0xe000) !== 0x2000) return true; // not 2000::/3: loopback, unspecified, ULA fc00::/7, link-local fe80::/10, multicast ff00::/8 …
  if (first === 0x2001 && groups[1] === 0x0db8) return true; // documentation
  if (first === 0x2001 && groups[1] === 0) return true; // Teredo
  if (first === 0x2002) return isBlockedIpv4(v4Of(groups[1]!, groups[2]!)); // 6to4
  return false;
}

/**
 * Why `raw` may not receive requests from the worker, or null when it may. The message fits after "webhook URL ".
 */
export function outboundUrlProblem(raw: string, options: OutboundUrlOptions = {}): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.username || url.password) return 'must not contain a user name or password';
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const loopback = LOOPBACK_HOSTS.has(host);
  if (url.protocol === 'http:' && loopback && options.allowLoopbackHttp) return null;
  if (url.protocol !== 'https:') return url.protocol === 'http:' ? 'must use https' : 'must be an https URL';
  if (host.startsWith('['))
    return isBlockedIpv6(host.slice(1, -1)) ? 'must not point to a private, loopback or reserved address' : null;
  if (/^[\d.]+$/.test(host)) {
    return ipv4ToNumber(host) === null || isBlockedIpv4(host)
      ? 'must not point to a private, loopback or reserved address'
      : null;
  }
  if (INTERNAL_NAMES.has(host) || INTERNAL_SUFFIXES.some((suffix) => host.endsWith(suffix)) || !host.includes('.')) {
    return 'must name a public host';
  }
  return null;
}

/** Local development and test workers allow http to loopback; every other ENVIRONMENT is production. */
export function outboundUrlOptions(environment: string | undefined): OutboundUrlOptions {
  return { allowLoopbackHttp: environment === 'development' || environment === 'test' };
}
