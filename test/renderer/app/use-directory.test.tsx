import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Agent, Category } from '../../../shared/domain/schemas';
import { ApiError } from '../../../renderer/api/api-error';
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
