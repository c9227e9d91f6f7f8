import type { TFunction } from 'i18next';
import { folderLevels } from './folder-tree';

/**
 * One folder level as the agent reads it: translated when it is one of the library's standard folders
 * (renderer/i18n/resources/faq-folders.ts), otherwise as the lead wrote it.
 */
export function faqFolderName(level: string, t: TFunction): string {
  return t(`faqFolders.${level}`, { defaultValue: level });
}

/** A whole folder path as the agent reads it: `Deposits::Not credited` → "입금 › 미반영". */
export function faqFolderPath(folder: string, t: TFunction): string {
  return folderLevels(folder)
    .map((level) => faqFolderName(level, t))
    .join(' › ');
}
