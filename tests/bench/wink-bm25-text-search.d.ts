/** wink-bm25-text-search ships no types: the part the benchmark uses. */
declare module "wink-bm25-text-search" {
  interface Engine {
    defineConfig(config: {
      fldWeights: Record<string, number>;
      bm25Params?: { k1?: number; b?: number; k?: number };
    }): void;
    definePrepTasks(tasks: ((input: string) => string[])[]): void;
    addDoc(doc: Record<string, string>, id: number): void;
    consolidate(): void;
    search(text: string, limit?: number): [number, number][];
  }
  export default function bm25(): Engine;
}
