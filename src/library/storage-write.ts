import { storage } from 'wxt/utils/storage';

/** Why a write to extension storage failed, in the terms the options page explains to a team lead. */
export type StorageFailure = { reason: 'storage-full' } | { reason: 'storage-error'; detail: string };

/** Chrome: "QUOTA_BYTES quota exceeded"; Firefox: "QuotaExceededError"; both name the quota. */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

export function storageFailure(error: unknown): StorageFailure {
  if (isQuotaError(error)) return { reason: 'storage-full' };
  return { reason: 'storage-error', detail: error instanceof Error ? error.message : String(error) };
}

type Writes = Parameters<typeof storage.setItems>[0];

/**
 * Writes several items in one storage call, which the browser applies all together or not at all: a full disk or
 * quota leaves every item as it was, so nothing saved before is lost.
 */
export async function writeTogether(writes: Writes): Promise<StorageFailure | null> {
  try {
    await storage.setItems(writes);
    return null;
  } catch (error) {
    return storageFailure(error);
  }
}

/**
 * Runs `task` while holding a lock shared by every extension page and the service worker, so a read-check-write of
 * one item in two options tabs at once happens one after the other. Outside a browser (unit tests) it just runs.
 */
export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request(name, task) as Promise<T>) : task();
}
