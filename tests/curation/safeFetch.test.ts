// Fetching what a moderator links to: against a news site on the loopback address.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "../../src/curation/fetch/addressPolicy.js";
import { decodeText } from "../../src/curation/fetch/decodeText.js";
import {
  DEFAULT_LIMITS,
  fetchPage,
  USER_AGENT,
  type FetchOptions,
} from "../../src/curation/fetch/safeFetch.js";
import { CurationRefusal } from "../../src/curation/refusal.js";
import { PAGES, page, startNewsSite, type NewsSite } from "./newsSite.js";

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.stop());

const LOOPBACK: FetchOptions = { allowPrivate: true };

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CurationRefusal);
  return (error as Error).message;
}

const requestsTo = (path: string) => site.requests.filter((r) => r.path === path).length;

describe("which addresses are public", () => {
  it.each([
    ["93.184.215.14", true],
    ["2606:4700:4700::1111", true],
    ["127.0.0.1", false],
    ["127.45.6.7", false],
    ["10.0.0.8", false],
    ["172.16.4.1", false],
    ["172.31.255.255", false],
    ["192.168.1.1", false],
    ["169.254.169.254", false],
    ["100.64.0.1", false],
    ["224.0.0.251", false],
    ["0.0.0.0", false],
    ["255.255.255.255", false],
    ["::1", false],
    ["::", false],
    ["fd12:3456::1", false],
    ["fe80::1", false],
    ["ff02::1", false],
    ["::ffff:127.0.0.1", false],
    ["::ffff:7f00:1", false],
    ["::ffff:10.0.0.1", false],
    ["localhost", false],
  ])("GIVEN %s THEN public is %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe("fetching a page", () => {
  it("GIVEN an article page THEN its bytes, type and charset, fetched with a user agent naming the bot", async () => {
    const fetched = await fetchPage(site.url(PAGES.geneva), LOOPBACK);
    expect(fetched).toMatchObject({ url: site.url(PAGES.geneva), mediaType: "text/html", charset: "utf-8" });
    expect(fetched.bytes.equals(page("geneva-prisoner-exchange.html"))).toBe(true);
    const request = site.requests.findLast((r) => r.path === PAGES.geneva);
    expect(request?.userAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^talksbot\//u);
  });

  it("GIVEN 5 redirects THEN it follows them; 6 THEN it refuses", async () => {
    expect(DEFAULT_LIMITS.maxRedirects).toBe(5);
    const five = await fetchPage(site.url(PAGES.hops(5)), LOOPBACK);
    expect(five.url).toBe(site.url(PAGES.hops(10)));
    expect(await refusal(fetchPage(site.url(PAGES.hops(4)), LOOPBACK))).toBe(
      "The link redirects more than 5 times; the bot gives up there.",
    );
    expect(requestsTo(PAGES.hops(10))).toBe(1);
  });

  it("GIVEN a redirect loop THEN a refusal saying so", async () => {
    expect(await refusal(fetchPage(site.url(PAGES.loop), LOOPBACK))).toBe(
      "The link redirects in a loop, so there is no page to add.",
    );
  });

  it("GIVEN a 20 MB page without a length THEN reading stops soon after 5 MB", async () => {
    expect(await refusal(fetchPage(site.url(PAGES.huge), LOOPBACK))).toBe(
      "The page is larger than 5 MB, the most the bot reads.",
    );
    // The server stops writing once the connection is closed: never the whole 20 MB.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(site.hugeBytesSent).toBeGreaterThan(DEFAULT_LIMITS.maxBytes);
    expect(site.hugeBytesSent).toBeLessThan(20 * 1024 * 1024);
  });

  it("GIVEN a page compressed though asked not to be THEN unpacked; a 20 MB one packed small THEN refused", async () => {
    const fetched = await fetchPage(site.url(PAGES.grainGzipped), LOOPBACK);
    expect(fetched.bytes.equals(page("kyiv-grain-corridor.html"))).toBe(true);
    expect(await refusal(fetchPage(site.url(PAGES.gzipBomb), LOOPBACK))).toBe(
      "The page is larger than 5 MB, the most the bot reads.",
    );
  });

  it("GIVEN a page that says it is 20 MB THEN refused before reading it", async () => {
    expect(await refusal(fetchPage(site.url(PAGES.hugeDeclared), LOOPBACK))).toBe(
      "The page is 20 MB, larger than the 5 MB the bot reads.",
    );
  });

  it("GIVEN a page that never finishes THEN refused when the time is up (10 s by default)", async () => {
    expect(DEFAULT_LIMITS.timeoutMs).toBe(10_000);
    expect(await refusal(fetchPage(site.url(PAGES.hang), { ...LOOPBACK, timeoutMs: 300 }))).toBe(
      "The page did not finish loading within 0.3 s.",
    );
  });

  it("GIVEN an image, a missing page, other schemes THEN each refused, saying why", async () => {
    expect(await refusal(fetchPage(site.url(PAGES.image), LOOPBACK))).toBe(
      "That link is an image (image/png), not a web page or text.",
    );
    expect(await refusal(fetchPage(site.url(PAGES.missing), LOOPBACK))).toBe(
      "The page answered 404 Not Found, not a page to add.",
    );
    expect(await refusal(fetchPage("ftp://example.org/a.txt"))).toBe(
      "Only http and https links can be added, not ftp.",
    );
    expect(await refusal(fetchPage("file:///etc/passwd"))).toBe(
      "Only http and https links can be added, not file.",
    );
    expect(await refusal(fetchPage("not a link"))).toBe("That is not a web link: “not a link”.");
  });

  it("GIVEN the loopback address and ALLOW_PRIVATE_URLS off THEN refused before any request", async () => {
    const before = site.requests.length;
    expect(await refusal(fetchPage(site.url(PAGES.geneva)))).toBe(
      "127.0.0.1 is a private or local address (127.0.0.1), which the bot does not fetch.",
    );
    const port = new URL(site.origin).port;
    expect(await refusal(fetchPage(`http://localhost:${port}${PAGES.geneva}`))).toMatch(
      /^localhost is a private or local address \((127\.0\.0\.1|::1)\)/u,
    );
    expect(await refusal(fetchPage(`http://[::ffff:127.0.0.1]:${port}${PAGES.geneva}`))).toMatch(
      /is a private or local address/u,
    );
    expect(site.requests.length).toBe(before);
  });

  it("GIVEN an allowed page that redirects to a private address THEN the redirect is checked and refused", async () => {
    // A second server on another loopback address stands for the private host.
    const hidden: string[] = [];
    const inner = http.createServer((req, res) => {
      hidden.push(req.url ?? "");
      res.end("secret");
    });
    await new Promise<void>((resolve) => inner.listen(0, "127.0.0.2", resolve));
    const innerUrl = `http://127.0.0.2:${(inner.address() as AddressInfo).port}/admin`;
    site.routes.set("/to-private", (res) => {
      res.writeHead(302, { location: innerUrl });
      res.end();
    });
    try {
      const onlyTheSite = { addressAllowed: (address: string) => address === "127.0.0.1" };
      expect(await refusal(fetchPage(site.url("/to-private"), onlyTheSite))).toBe(
        "127.0.0.2 is a private or local address (127.0.0.2), which the bot does not fetch.",
      );
      expect(requestsTo("/to-private")).toBe(1);
      expect(hidden).toEqual([]);
    } finally {
      inner.closeAllConnections();
      await new Promise((resolve) => inner.close(resolve));
    }
  });
});

describe("reading the text in its declared charset", () => {
  it("GIVEN a windows-1252 page (server header, or only its meta tag) THEN curly quotes, dashes and accents survive", async () => {
    for (const path of [PAGES.ferry, PAGES.ferryMetaOnly]) {
      const fetched = await fetchPage(site.url(path), LOOPBACK);
      const { text, encoding } = decodeText(fetched.bytes, { declared: fetched.charset, html: true });
      expect(encoding).toBe("windows-1252");
      expect(text).toContain("reprend du service — Le Courrier du Port");
      expect(text).toContain("d’interruption");
      expect(text).toContain("capitaine François Lefèvre — qui");
    }
  });

  it("GIVEN undeclared bytes THEN UTF-8 when valid, else windows-1252; a BOM wins", () => {
    expect(decodeText(Buffer.from("Zürich “quoted”", "utf8")).text).toBe("Zürich “quoted”");
    expect(decodeText(Buffer.from([0x5a, 0xfc, 0x72, 0x93, 0x71, 0x94]))).toEqual({
      text: "Zür“q”",
      encoding: "windows-1252",
    });
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), { declared: "windows-1252" }).text).toBe("A");
    expect(decodeText(Buffer.from([0x80]), { declared: "latin1" }).text).toBe("€");
  });
});
