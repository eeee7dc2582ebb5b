import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { READABLE } from "./read-file.ts";

/** Files and folders given on the command line → the files to validate, in a stable order. A folder
 *  contributes every readable file under it (Word's «~$» lock files and hidden files left out); a file
 *  or a missing path is kept as given, so the reader reports it. */
export async function collectFiles(
  paths: readonly string[],
): Promise<{ files: string[]; folders: number; emptyFolders: string[] }> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  let folders = 0;
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      // reported by the reader
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    folders++;
    const found = await walk(p);
    if (found.length === 0) emptyFolders.push(p);
    files.push(...found);
  }
  return { files: [...new Set(files)], folders, emptyFolders };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, "ru"));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path)));
    else if (READABLE.includes(extname(e.name).toLowerCase())) out.push(path);
  }
  return out;
}
