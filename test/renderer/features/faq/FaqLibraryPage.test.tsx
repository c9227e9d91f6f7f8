import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FaqReply, FaqReplyInput } from '../../../../shared/domain/faq-schemas';
import type { AgentRole } from '../../../../shared/domain/vocabulary';
import type { ApiClient } from '../../../../renderer/api/api-client';
import { ApiError } from '../../../../renderer/api/api-error';
import { ConsoleContext } from '../../../../renderer/app/console-context';
import {
  createFaqLibraryStore,
  FaqLibraryContext,
} from '../../../../renderer/features/faq/faq-library-store';
import { createMemoryFaqRepository } from '../../../../renderer/features/faq/faq-repository';
import { FaqLibraryPage } from '../../../../renderer/features/faq/FaqLibraryPage';
import { buildFolderTree } from '../../../../renderer/features/faq/folder-tree';
import { renderWithConsole } from '../ticket/console-harness';
import { library, makeReply, withdrawalReply } from './faq-fixtures';

async function renderPage(role: AgentRole, api: Partial<ApiClient> = {}) {
  const store = createFaqLibraryStore({
    api: { faqLibrary: api.faqLibrary ?? (() => Promise.resolve(library)) },
    repository: createMemoryFaqRepository(),
  });
  await store.load();
  const rendered = renderWithConsole(
    <FaqLibraryContext.Provider value={store}>
      <FaqLibraryPage />
    </FaqLibraryContext.Provider>,
    { api },
  );
  // The harness signs in an agent; the page reads the role from the session.
  const value = {
    ...rendered.value,
    session: { ...rendered.value.session, agent: { ...rendered.value.session.agent, role } },
  };
  rendered.rerender(
    <ConsoleContext.Provider value={value}>
      <FaqLibraryContext.Provider value={store}>
        <FaqLibraryPage />
      </FaqLibraryContext.Provider>
    </ConsoleContext.Provider>,
  );
  return { ...rendered, store, user: userEvent.setup() };
}

describe('FAQ library page', () => {
  it('splits folder paths on :: into a tree', () => {
    const tree = buildFolderTree(
      [{ folder: 'Deposits::Not credited' }, { folder: 'Deposits :: Wrong network' }, { folder: 'API' }],
      'en',
    );
    expect(tree.map((node) => [node.path, node.count])).toEqual([
      ['API', 1],
      ['Deposits', 2],
    ]);
    expect(tree[1]?.children.map((node) => node.path)).toEqual([
      'Deposits::Not credited',
      'Deposits::Wrong network',
    ]);
  });

  it('lets agents browse a folder read-only', async () => {
    const { user } = await renderPage('agent');
    expect(screen.getByText(/Only leads can edit the library/)).toBeInTheDocument();
    expect(screen.queryByTestId('faq-new')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Withdrawals/ }));
    const items = screen.getAllByTestId('faq-library-item');
    expect(items.map((item) => item.getAttribute('data-reply-id'))).toEqual([withdrawalReply.id]);
    await user.click(items[0]!);
    const editor = screen.getByTestId('faq-editor');
    expect(within(editor).getByDisplayValue('출금 지연 안내')).toBeDisabled();
    expect(within(editor).queryByTestId('faq-editor-save')).not.toBeInTheDocument();
  });

  it('lets a lead create a reply, and shows the service’s refusal with its field', async () => {
    const saved = makeReply({
      id: 'faq-new',
      folder: 'Deposits',
      variants: [{ language: 'en', title: 'Hi', body: 'Hello' }],
    });
    const createFaqReply = vi
      .fn<(input: FaqReplyInput) => Promise<FaqReply>>()
      .mockRejectedValueOnce(
        new ApiError({
          status: 400,
          code: 'too_short',
          message: 'variants.0.title: Too small: expected string to have >=1 characters',
          field: 'variants.0.title',
        }),
      )
      .mockResolvedValue(saved);
    const { user, store } = await renderPage('lead', { createFaqReply });
    await user.click(screen.getByTestId('faq-new'));
    await user.type(screen.getByTestId('faq-editor-folder'), 'Deposits');
    await user.click(screen.getByTestId('faq-editor-save'));
    expect(await screen.findByTestId('faq-editor-error')).toHaveTextContent(
      'Not saved: Variant 1 (Korean) · Title: the text is empty',
    );

    const [variant] = screen.getAllByTestId('faq-editor-variant');
    await user.type(within(variant!).getByLabelText('Title'), 'Hi');
    await user.click(screen.getByTestId('faq-editor-save'));
    await waitFor(() => expect(createFaqReply).toHaveBeenCalledTimes(2));
    expect(createFaqReply.mock.calls[1]?.[0]).toMatchObject({
      folder: 'Deposits',
      variants: [{ language: 'ko', title: 'Hi' }, { language: 'en' }, { language: 'zh' }],
    });
    expect(store.getSnapshot().replies.some((reply) => reply.id === 'faq-new')).toBe(true);
  });

  it('lets a lead publish a reply in the help center, and marks it Public in the list', async () => {
    // As the service does: the reply's answer carries its stored "public".
    let isPublished = false;
    const updateFaqReply = vi
      .fn<(id: string, input: FaqReplyInput, version: number) => Promise<FaqReply>>()
      .mockImplementation((id, input, version) =>
        Promise.resolve({ ...withdrawalReply, ...input, id, version: version + 1, public: isPublished }),
      );
    const setFaqPublic = vi
      .fn<(id: string, isPublic: boolean) => Promise<void>>()
      .mockImplementation((_id, isPublic) => {
        isPublished = isPublic;
        return Promise.resolve();
      });
    // The library the service lists follows the publication too (the editor refetches it after publishing).
    const faqLibrary = (): Promise<FaqReply[]> =>
      Promise.resolve(
        library.map((reply) => (reply.id === withdrawalReply.id ? { ...reply, public: isPublished } : reply)),
      );
    const { user } = await renderPage('lead', { updateFaqReply, setFaqPublic, faqLibrary });
    await user.click(screen.getByRole('button', { name: /Withdrawals/ }));
    await user.click(screen.getAllByTestId('faq-library-item')[0]!);
    expect(screen.queryByTestId('faq-library-public')).not.toBeInTheDocument();
    const publish = screen.getByTestId('faq-editor-public');
    expect(publish).not.toBeChecked();
    await user.click(publish);
    await user.click(screen.getByTestId('faq-editor-save'));
    await waitFor(() => expect(setFaqPublic).toHaveBeenCalledWith(withdrawalReply.id, true));
    expect(await screen.findByTestId('faq-library-public')).toHaveTextContent('Public');
    // Saving again without a change to "public" does not call the service for it again.
    await user.click(screen.getByTestId('faq-editor-save'));
    await waitFor(() => expect(updateFaqReply).toHaveBeenCalledTimes(2));
    expect(setFaqPublic).toHaveBeenCalledTimes(1);
  });

  it('names a mistyped placeholder in words and offers the one meant', async () => {
    const createFaqReply = vi.fn<(input: FaqReplyInput) => Promise<FaqReply>>().mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'unknown_placeholder',
        message: 'variants.1.body: {{custmer.name}} is not a placeholder',
        field: 'variants.1.body',
      }),
    );
    const { user } = await renderPage('lead', { createFaqReply });
    await user.click(screen.getByTestId('faq-new'));
    await user.type(screen.getByTestId('faq-editor-folder'), 'Deposits');
    const english = screen.getAllByTestId('faq-editor-variant')[1]!;
    await user.type(within(english).getByLabelText('Title'), 'Hello');
    // user-event reads braces as key descriptors: doubled, they type literally.
    await user.type(within(english).getByLabelText('Text'), 'Dear {{{{custmer.name}}, welcome');
    await user.click(screen.getByTestId('faq-editor-save'));
    const error = await screen.findByTestId('faq-editor-error');
    expect(error).toHaveTextContent(
      'Not saved: Variant 2 (English) · Text: {{custmer.name}} is not a placeholder; did you mean {{customer.name}}?',
    );
    expect(error).toHaveTextContent('{{ticket.number}}');
  });

  it('imports a CSV file and lists the rejected rows', async () => {
    const importFaq = vi.fn(() =>
      Promise.resolve({ imported: 2, updated: 1, errors: [{ index: 3, message: 'a variant needs a body' }] }),
    );
    const { user } = await renderPage('lead', { importFaq });
    const file = new File(['folder,language,title,body\n'], 'replies.csv', { type: 'text/csv' });
    await user.upload(screen.getByTestId('faq-import-file'), file);
    const result = await screen.findByTestId('faq-import-result');
    expect(importFaq).toHaveBeenCalledWith('folder,language,title,body\n', 'csv');
    expect(result).toHaveTextContent('Imported 2 new and updated 1 replies.');
    expect(result).toHaveTextContent('Entry 4: a variant needs a body');
  });
});
