/**
 * Test helper process: curates one article folder forever — add a file, fix its source, remove it,
 * each followed by a reload that writes the store — so the parent can SIGKILL it mid-write.
 * Prints "ready" once a whole round has been written.
 */
import { Curation, type Curator } from "../../../src/curation/curation.js";
import { LibraryService } from "../../../src/store/libraryService.js";

const [articlesDir, dbPath, ...files] = process.argv.slice(2);
if (!articlesDir || !dbPath || files.length === 0) throw new Error("usage: folderWriter.ts DIR DB FILE…");
// Bounded: should the parent never kill it, it stops by itself.
setTimeout(() => process.exit(0), 60_000).unref();

const service = new LibraryService({ articlesDir, dbPath });
await service.open();
const curation = new Curation({ articlesDir, fetch: {} }, () => service.library);
const by: Curator = { id: "crash-test", name: "crash-test" };
const reload = () => service.reload();

let ready = false;
for (let round = 0; ; round++) {
  const path = files[round % files.length] as string;
  const source = {
    kind: "file" as const,
    file: { name: path.split("/").pop() as string, size: null, contentType: null, path },
  };
  const result = await curation.add(source, by, reload).catch(async (error: Error) => {
    // A round the last kill interrupted left this text in the folder: set it aside, go on.
    const id = /already in the set as `([^`]+)`/u.exec(error.message)?.[1];
    if (!id) throw error;
    await curation.remove(id, by, reload);
    return null;
  });
  if (!result) continue;
  const { added } = result;
  await curation.editSource(added.id, { outlet: `Outlet ${round}`, date: "2025-05-09" }, by, reload);
  await curation.remove(added.id, by, reload);
  if (!ready) process.stdout.write("ready\n");
  ready = true;
}
