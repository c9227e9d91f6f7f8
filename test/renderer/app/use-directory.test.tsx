import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Agent, Category } from '../../../shared/domain/schemas';
import { ApiError } from '../../../renderer/api/api-error';
import { CacheDatabase } from '../../../renderer/cache/cache-database';
import { freshIndexedDb } from '../cache/cache-test-database';
import { useDirectory } from '../../../renderer/app/use-directory';
import type { ConnectionState } from '../../../renderer/live/live-connection';

const sora: Agent = { id: 'agent-sora', name: 'Sora Park', email: 'sora@demo.exchange', role: 'lead' };
const kyc: Category = { key: 'kyc', name: 'Identity verification', is_default: true };
const offline = () => new ApiError({ status: 0, code: 'network_error', message: 'Failed to fetch' });

describe('the agents and categories a console shows', () => {
  it('loads them once when the service answers', async () => {
    const api = {
      agents: vi.fn(() => Promise.resolve([sora])),
      categories: vi.fn(() => Promise.resolve([kyc])),
    };
    const { result, rerender } = renderHook(({ connection }) => useDirectory(api, connection, vi.fn()), {
      initialProps: { connection: 'connecting' as ConnectionState },
    });
    await waitFor(() => expect(result.current.agents).toEqual([sora]));
    expect(result.current.categories).toEqual([kyc]);
    rerender({ connection: 'live' });
    rerender({ connection: 'reconnecting' });
    rerender({ connection: 'live' });
    expect(api.agents).toHaveBeenCalledTimes(1);
  });

  it('started offline, loads them when the connection comes back, so assignees get their names', async () => {
    let isReachable = false;
    const api = {
      agents: vi.fn(() => (isReachable ? Promise.resolve([sora]) : Promise.reject(offline()))),
      categories: vi.fn(() => (isReachable ? Promise.resolve([kyc]) : Promise.reject(offline()))),
    };
    const onUnauthorized = vi.fn();
    const { result, rerender } = renderHook(
      ({ connection }) => useDirectory(api, connection, onUnauthorized),
      {
        initialProps: { connection: 'offline' as ConnectionState },
      },
    );
    await waitFor(() => expect(api.agents).toHaveBeenCalledTimes(1));
    expect(result.current.agents).toEqual([]);
    isReachable = true;
    rerender({ connection: 'live' });
    await waitFor(() => expect(result.current.agents).toEqual([sora]));
    expect(result.current.categories).toEqual([kyc]);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('ends the session with the reason a 401 gives', async () => {
    const disabled = new ApiError({
      status: 401,
      code: 'unauthorized',
      message: 'ended',
      reason: 'disabled',
    });
    const api = {
      agents: vi.fn(() => Promise.reject(disabled)),
      categories: vi.fn(() => Promise.resolve([kyc])),
    };
    const onUnauthorized = vi.fn();
    renderHook(() => useDirectory(api, 'live', onUnauthorized));
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalledWith('disabled'));
  });
});

describe('the agents and categories kept in the offline cache', () => {
  const jun: Agent = { id: 'agent-jun', name: 'Jun Seo', email: 'jun@demo.exchange', role: 'agent' };

  it('shows the copy kept at the last start while the service cannot be reached', async () => {
    const cache = new CacheDatabase('directory-kept', freshIndexedDb());
    const online = {
      agents: vi.fn(() => Promise.resolve([sora, jun])),
      categories: vi.fn(() => Promise.resolve([kyc])),
    };
    const first = renderHook(() => useDirectory(online, 'live', vi.fn(), cache));
    await waitFor(() => expect(first.result.current.agents).toEqual([sora, jun]));
    first.unmount();

    // The next start, offline: assignees and categories keep their names.
    const unreachable = {
      agents: vi.fn(() => Promise.reject(offline())),
      categories: vi.fn(() => Promise.reject(offline())),
    };
    const second = renderHook(() => useDirectory(unreachable, 'offline', vi.fn(), cache));
    await waitFor(() => expect(second.result.current.agents).toEqual([sora, jun]));
    expect(second.result.current.categories).toEqual([kyc]);
    cache.close();
  });

  it('lets the service’s answer replace the kept copy, and keeps that answer', async () => {
    const cache = new CacheDatabase('directory-replaced', freshIndexedDb());
    await cache.sync_state.put({ key: 'directory', value: { agents: [sora, jun], categories: [kyc] } });
    // Jun left the team since: the service no longer lists them.
    const api = {
      agents: vi.fn(() => Promise.resolve([sora])),
      categories: vi.fn(() => Promise.resolve([kyc])),
    };
    const { result } = renderHook(() => useDirectory(api, 'live', vi.fn(), cache));
    await waitFor(() => expect(result.current.agents).toEqual([sora]));
    await waitFor(async () =>
      expect((await cache.sync_state.get('directory'))?.value).toEqual({ agents: [sora], categories: [kyc] }),
    );
    cache.close();
  });

  it('ignores a kept copy it cannot read', async () => {
    const cache = new CacheDatabase('directory-unreadable', freshIndexedDb());
    await cache.sync_state.put({ key: 'directory', value: { agents: 'not a list' } });
    const api = {
      agents: vi.fn(() => Promise.reject(offline())),
      categories: vi.fn(() => Promise.reject(offline())),
    };
    const { result } = renderHook(() => useDirectory(api, 'offline', vi.fn(), cache));
    await waitFor(() => expect(api.agents).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current.agents).toEqual([]);
    cache.close();
  });
});
