/**
 * Which addresses /add may connect to. A link a moderator pastes must not make the bot reach into
 * its own host or network (SSRF): loopback, private, link-local, carrier-grade NAT, multicast and
 * reserved ranges, and their IPv6 counterparts, are refused unless ALLOW_PRIVATE_URLS=1.
 */
import { BlockList, isIP } from "node:net";

const NOT_PUBLIC = new BlockList();
// prettier-ignore
const RANGES: [address: string, prefix: number, family: "ipv4" | "ipv6"][] = [
  ["0.0.0.0", 8, "ipv4"],        // "this network"
  ["10.0.0.0", 8, "ipv4"],       // private
  ["100.64.0.0", 10, "ipv4"],    // carrier-grade NAT
  ["127.0.0.0", 8, "ipv4"],      // loopback
  ["169.254.0.0", 16, "ipv4"],   // link-local (cloud metadata services live here)
  ["172.16.0.0", 12, "ipv4"],    // private
  ["192.0.0.0", 24, "ipv4"],     // IETF protocol assignments
  ["192.168.0.0", 16, "ipv4"],   // private
  ["198.18.0.0", 15, "ipv4"],    // benchmarking
  ["224.0.0.0", 4, "ipv4"],      // multicast
  ["240.0.0.0", 4, "ipv4"],      // reserved, broadcast
  ["::", 128, "ipv6"],           // unspecified
  ["::1", 128, "ipv6"],          // loopback
  ["64:ff9b::", 96, "ipv6"],     // NAT64: an IPv4 address in disguise
  ["fc00::", 7, "ipv6"],         // unique local
  ["fe80::", 10, "ipv6"],        // link-local
  ["fec0::", 10, "ipv6"],        // site-local (deprecated)
  ["ff00::", 8, "ipv6"],         // multicast
];
for (const [address, prefix, family] of RANGES) NOT_PUBLIC.addSubnet(address, prefix, family);

/**
 * Whether an IP address is on the public internet. IPv4-mapped IPv6 addresses (::ffff:127.0.0.1)
 * are judged by their IPv4 address; anything that is not an IP address is not public.
 */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? "ipv4" : "ipv6");
}
