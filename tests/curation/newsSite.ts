/**
 * A news website on the loopback address for the curation tests: real-looking article pages (the
 * files in fixtures/site/), and the pages a fetcher must refuse — redirect loops and chains, a
 * 20 MB page, a page that never finishes, an image. It records what it was asked for.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

const SITE = new URL("./fixtures/site/", import.meta.url).pathname;
export const page = (name: string): Buffer => readFileSync(`${SITE}${name}`);

export const PAGES = {
  geneva: "/world/2025/05/04/geneva-prisoner-exchange",
  genevaShared: "/s/geneva",
  grain: "/business/grain-corridor-reopens",
  grainGzipped: "/business/grain-corridor-reopens.gz",
  gzipBomb: "/bomb",
  plain: "/plain-page",
  ferry: "/ferry-odessa",
  ferryMetaOnly: "/ferry-odessa-meta",
  gone: "/world/gone",
  notes: "/notes/field-notes.txt",
  image: "/img/photo.png",
  loop: "/loop/a",
  hops: (n: number) => `/hop/${n}`,
  huge: "/huge",
  hugeDeclared: "/huge-declared",
  hang: "/hang",
  missing: "/no-such-page",
} as const;

export interface SiteRequest {
  path: string;
  userAgent: string | undefined;
}

export interface NewsSite {
  origin: string;
  url(path: string): string;
  requests: SiteRequest[];
  /** Bytes of the 20 MB page actually sent before the client stopped reading. */
  hugeBytesSent: number;
  /** Extra routes a test adds (e.g. a redirect to another server). */
  routes: Map<string, (res: http.ServerResponse) => void>;
  stop(): Promise<void>;
}

const HUGE = 20 * 1024 * 1024;
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");

function send(res: http.ServerResponse, type: string, body: Buffer | string): void {
  res.writeHead(200, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function redirect(res: http.ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { location, "content-length": 0 });
  res.end();
}

export async function startNewsSite(host = "127.0.0.1"): Promise<NewsSite> {
  const routes = new Map<string, (res: http.ServerResponse) => void>();
  const site: NewsSite = {
    origin: "",
    url: (path) => `${site.origin}${path}`,
    requests: [],
    hugeBytesSent: 0,
    routes,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const html = "text/html; charset=utf-8";
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    site.requests.push({ path, userAgent: req.headers["user-agent"] });
    const extra = routes.get(path);
    if (extra) return extra(res);
    const hop = /^\/hop\/(\d+)$/u.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      return n >= 10 ? send(res, html, page("kyiv-grain-corridor.html")) : redirect(res, `/hop/${n + 1}`);
    }
    switch (path) {
      case PAGES.geneva:
        return send(res, html, page("geneva-prisoner-exchange.html"));
      case PAGES.genevaShared:
        return redirect(res, `${PAGES.geneva}?utm_source=share&utm_medium=social`, 301);
      case PAGES.grainGzipped: {
        // Compressed although the fetcher asked for none, as some servers do.
        const body = gzipSync(page("kyiv-grain-corridor.html"));
        res.writeHead(200, {
          "content-type": html,
          "content-encoding": "gzip",
          "content-length": body.length,
        });
        return void res.end(body);
      }
      case PAGES.gzipBomb: {
        const body = gzipSync(Buffer.alloc(HUGE, 0x61));
        res.writeHead(200, {
          "content-type": html,
          "content-encoding": "gzip",
          "content-length": body.length,
        });
        return void res.end(body);
      }
      case PAGES.grain:
        return send(res, "text/html", page("kyiv-grain-corridor.html"));
      case PAGES.plain:
        return send(res, "text/html", page("plain-page.html"));
      case PAGES.ferry:
        return send(res, "text/html; charset=windows-1252", page("odessa-ferry-1252.html"));
      case PAGES.ferryMetaOnly:
        return send(res, "text/html", page("odessa-ferry-1252.html"));
      case PAGES.gone:
        return send(res, html, page("gone.html"));
      case PAGES.notes:
        return send(res, "text/plain; charset=utf-8", page("field-notes.txt"));
      case PAGES.image:
        return send(res, "image/png", PNG);
      case "/loop/a":
        return redirect(res, "/loop/b");
      case "/loop/b":
        return redirect(res, "/loop/a");
      case PAGES.huge: {
        // Chunked, no length given: only counting what is read can stop it.
        res.writeHead(200, { "content-type": html });
        const chunk = Buffer.from(`<p>${"filler text ".repeat(5_000)}</p>\n`);
        const pump = () => {
          while (site.hugeBytesSent < HUGE && !res.destroyed) {
            site.hugeBytesSent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        return pump();
      }
      case PAGES.hugeDeclared:
        res.writeHead(200, { "content-type": html, "content-length": HUGE });
        return void res.write("<html><body><p>Starting a very long page");
      case PAGES.hang:
        // Headers and a first line, then nothing more: the connection stays open.
        res.writeHead(200, { "content-type": html });
        return void res.write("<html><body><p>This page never finishes loading");
      default:
        res.writeHead(404, { "content-type": "text/plain" });
        return void res.end("Not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  site.origin = `http://${host}:${port}`;
  return site;
}
