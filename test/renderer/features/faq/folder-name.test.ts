import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { faqFolderName, faqFolderPath } from '../../../../renderer/features/faq/folder-name';
import { buildFolderTree } from '../../../../renderer/features/faq/folder-tree';
import { resources } from '../../../../renderer/i18n/i18n';

/** A private i18next in `language` with the console's resources. */
async function translator(language: 'en' | 'ko' | 'zh') {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return instance.t;
}

describe('FAQ folder names in the console language', () => {
  it('shows the standard folders translated in Korean and Chinese, and a lead’s own folder as written', async () => {
    const korean = await translator('ko');
    const chinese = await translator('zh');
    expect(faqFolderPath('Deposits::Not credited', korean)).toBe('입금 › 미반영');
    expect(faqFolderPath('Withdrawals :: Pending', chinese)).toBe('提币 › 处理中');
    expect(faqFolderName('VIP desk', korean)).toBe('VIP desk');
    expect(faqFolderName('Odd.name: with separators', chinese)).toBe('Odd.name: with separators');
    expect(faqFolderPath('Deposits::Not credited', await translator('en'))).toBe('Deposits › Not credited');
  });

  it('sorts the folder tree by the names the agent reads', async () => {
    const korean = await translator('ko');
    const tree = buildFolderTree(
      [{ folder: 'Withdrawals' }, { folder: 'Account' }, { folder: 'Deposits' }],
      'ko',
      (level) => faqFolderName(level, korean),
    );
    // 계정 (Account) < 입금 (Deposits) < 출금 (Withdrawals) in Korean order; English order would differ.
    expect(tree.map((node) => node.label)).toEqual(['계정', '입금', '출금']);
    expect(tree.map((node) => node.path)).toEqual(['Account', 'Deposits', 'Withdrawals']);
  });
});
