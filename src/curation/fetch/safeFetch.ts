/**
 * Fetches what a moderator links to, safely: http and https only; every hostname's addresses
 * checked before connecting, on every redirect, and the connection made to the checked address
 * (so a DNS answer cannot change in between); at most 5 redirects and 10 s in all; at most 5 MB
 * read, stopped as soon as it is passed; only the content types asked for; a user agent that
 * names the bot. Every refusal is a CurationRefusal saying why in one sentence.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { CurationRefusal } from "../refusal.js";
import { isPublicAddress } from "./addressPolicy.js";
import { charsetOf, mediaTypeOf } from "./decodeText.js";

export const USER_AGENT =
  "talksbot/0.1 (a Discord bot that quotes news articles; fetching one a moderator added)";

export interface FetchLimits {
  maxRedirects: number;
  /** For the whole fetch: every lookup, redirect and byte of the body. */
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { maxRedirects: 5, timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };

export interface FetchOptions extends Partial<FetchLimits> {
  /** ALLOW_PRIVATE_URLS: loopback and private addresses too (an intranet; tests). */
  allowPrivate?: boolean;
  /** Which resolved addresses may be connected to; overrides allowPrivate (tests). */
  addressAllowed?: (address: string) => boolean;
  /** The media types accepted (default web pages and plain text); "any" for an upload judged by its name. */
  accept?: readonly string[] | "any";
}

export interface FetchedPage {
  /** Where the content came from, after redirects. */
  url: string;
  /** The media type, lower case, without parameters ("text/html"). */
  mediaType: string;
  /** The charset the server declared, if any. */
  charset: string | null;
  bytes: Buffer;
}

const PAGE_TYPES = ["text/html", "application/xhtml+xml", "text/plain"] as const;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1048576) * 10) / 10} MB`;
}

/** The URL, if it is an http(s) link; else a refusal. */
export function parseWebUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new CurationRefusal(`That is not a web link: “${raw.trim().slice(0, 200)}”.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new CurationRefusal(
      `Only http and https links can be added, not ${url.protocol.replace(/:$/u, "")}.`,
    );
  }
  if (url.username || url.password)
    throw new CurationRefusal("Links with a user name or password are not fetched.");
  return url;
}

/** The host's addresses, every one of them allowed; else a refusal naming the host. */
async function checkedAddresses(url: URL, allowed: (address: string) => boolean): Promise<string[]> {
  const host = url.hostname.replace(/^\[|\]$/gu, "");
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await dnsLookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
    } catch {
      throw new CurationRefusal(`The host ${host} could not be found.`);
    }
  }
  const refused = addresses.find((address) => !allowed(address));
  if (refused !== undefined || addresses.length === 0) {
    throw new CurationRefusal(
      `${host} is a private or local address (${refused ?? "none"}), which the bot does not fetch.`,
    );
  }
  return addresses;
}

/** A lookup that answers with the address already checked, whatever the connection asks. */
function pinnedLookup(address: string): LookupFunction {
  const family = isIP(address);
  return (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
        { address, family },
      ]);
    } else callback(null, address, family);
  };
}

function get(url: URL, address: string, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: "GET",
      lookup: pinnedLookup(address),
      signal,
      headers: {
        "user-agent": USER_AGENT,
        accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
        "accept-encoding": "identity",
      },
    });
    request.once("response", resolve);
    request.once("error", reject);
    request.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      response.destroy();
      throw new CurationRefusal(`The page is larger than ${megabytes(maxBytes)}, the most the bot reads.`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The body unpacked when a server compressed it though asked not to; the size limit holds after unpacking too. */
function decoded(bytes: Buffer, encoding: string | undefined, limits: FetchLimits): Buffer {
  const name = (encoding ?? "identity").trim().toLowerCase();
  if (name === "identity" || name === "") return bytes;
  const options = { maxOutputLength: limits.maxBytes };
  try {
    if (name === "gzip" || name === "x-gzip") return gunzipSync(bytes, options);
    if (name === "deflate") return inflateSync(bytes, options);
    if (name === "br") return brotliDecompressSync(bytes, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new CurationRefusal(
        `The page is larger than ${megabytes(limits.maxBytes)}, the most the bot reads.`,
      );
    }
    throw new CurationRefusal(`The page's ${name} compression could not be undone.`);
  }
  throw new CurationRefusal(`The page came compressed as ${name.slice(0, 40)}, which the bot cannot read.`);
}

function describeType(mediaType: string | null): string {
  if (!mediaType) return "something without a Content-Type";
  if (mediaType.startsWith("image/")) return `an image (${mediaType})`;
  if (mediaType.startsWith("video/") || mediaType.startsWith("audio/")) return `a media file (${mediaType})`;
  return mediaType;
}

async function fetchFollowingRedirects(
  start: URL,
  options: FetchOptions,
  limits: FetchLimits,
  signal: AbortSignal,
) {
  const allowed = options.addressAllowed ?? (options.allowPrivate ? () => true : isPublicAddress);
  const accept = options.accept ?? PAGE_TYPES;
  const seen = new Set<string>();
  let url = start;
  for (let redirects = 0; ; redirects++) {
    seen.add(url.href);
    const [address] = await checkedAddresses(url, allowed);
    const response = await get(url, address as string, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      const next = parseWebUrl(new URL(location, url).href);
      if (seen.has(next.href))
        throw new CurationRefusal("The link redirects in a loop, so there is no page to add.");
      if (redirects >= limits.maxRedirects) {
        throw new CurationRefusal(
          `The link redirects more than ${limits.maxRedirects} times; the bot gives up there.`,
        );
      }
      url = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new CurationRefusal(
        `The page answered ${status} ${response.statusMessage ?? ""}`.trim() + ", not a page to add.",
      );
    }
    const contentType = response.headers["content-type"];
    const mediaType = mediaTypeOf(contentType);
    if (accept !== "any" && (!mediaType || !accept.includes(mediaType))) {
      response.destroy();
      throw new CurationRefusal(`That link is ${describeType(mediaType)}, not a web page or text.`);
    }
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      response.destroy();
      throw new CurationRefusal(
        `The page is ${megabytes(declared)}, larger than the ${megabytes(limits.maxBytes)} the bot reads.`,
      );
    }
    const bytes = decoded(
      await readBody(response, limits.maxBytes),
      response.headers["content-encoding"],
      limits,
    );
    return {
      url: url.href,
      mediaType: mediaType ?? "application/octet-stream",
      charset: charsetOf(contentType),
      bytes,
    };
  }
}

/** Fetches a web page or text within the limits, or refuses saying why. */
export async function fetchPage(raw: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const limits: FetchLimits = { ...DEFAULT_LIMITS, ...definedLimits(options) };
  const start = parseWebUrl(raw);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const timedOut = new Promise<never>((_resolve, reject) =>
    controller.signal.addEventListener("abort", () =>
      reject(new CurationRefusal(`The page did not finish loading within ${limits.timeoutMs / 1000} s.`)),
    ),
  );
  timedOut.catch(() => undefined);
  try {
    return await Promise.race([fetchFollowingRedirects(start, options, limits, controller.signal), timedOut]);
  } catch (error) {
    if (error instanceof CurationRefusal) throw error;
    if (controller.signal.aborted) throw await timedOut.catch((refusal: unknown) => refusal);
    const code = (error as NodeJS.ErrnoException).code;
    throw new CurationRefusal(
      `The page could not be fetched (${code ?? (error as Error).message.slice(0, 120)}).`,
    );
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

function definedLimits(options: FetchOptions): Partial<FetchLimits> {
  const limits: Partial<FetchLimits> = {};
  if (options.maxRedirects !== undefined) limits.maxRedirects = options.maxRedirects;
  if (options.timeoutMs !== undefined) limits.timeoutMs = options.timeoutMs;
  if (options.maxBytes !== undefined) limits.maxBytes = options.maxBytes;
  return limits;
}
