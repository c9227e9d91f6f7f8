import type { FaqReply } from '../../../shared/domain/faq-schemas';

/** One folder of the library's tree: `Deposits::Not credited` is `Not credited` under `Deposits`. */
export interface FolderNode {
  name: string;
  /** The level as the agent reads it (translated when it is a standard folder); the tree is sorted by it. */
  label: string;
  /** The full path, levels joined by `::`. */
  path: string;
  /** Replies in this folder and every folder below it. */
  count: number;
  children: FolderNode[];
}

/** The levels of a folder path, trimmed, empty levels dropped: `Deposits:: Not credited` → two levels. */
export function folderLevels(folder: string): string[] {
  return folder
    .split('::')
    .map((level) => level.trim())
    .filter((level) => level.length > 0);
}

/**
 * The folders the replies use, as a tree sorted by label at every level; `labelOf` gives a level's label in
 * the UI language (the level itself by default).
 */
export function buildFolderTree(
  replies: readonly Pick<FaqReply, 'folder'>[],
  locale: string,
  labelOf: (level: string) => string = (level) => level,
): FolderNode[] {
  const root: FolderNode = { name: '', label: '', path: '', count: 0, children: [] };
  for (const reply of replies) {
    let node = root;
    const path: string[] = [];
    for (const level of folderLevels(reply.folder)) {
      path.push(level);
      let child = node.children.find((candidate) => candidate.name === level);
      if (!child) {
        child = { name: level, label: labelOf(level), path: path.join('::'), count: 0, children: [] };
        node.children.push(child);
      }
      child.count += 1;
      node = child;
    }
  }
  const sort = (nodes: FolderNode[]): FolderNode[] =>
    nodes
      .sort((left, right) => left.label.localeCompare(right.label, locale))
      .map((node) => ({ ...node, children: sort(node.children) }));
  return sort(root.children);
}

/** True when the reply is in the folder `path` or below it; every reply is in the root (`''`). */
export function isInFolder(reply: Pick<FaqReply, 'folder'>, path: string): boolean {
  if (path === '') {
    return true;
  }
  const levels = folderLevels(reply.folder);
  const wanted = folderLevels(path);
  return wanted.every((level, index) => levels[index] === level);
}
