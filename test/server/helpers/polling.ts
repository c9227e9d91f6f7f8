/**
 * Reads `read()` every 50 ms until `accept` holds or `timeoutMs` passes, and returns the last value read:
 * for effects the service applies shortly after answering (the router's hand-outs, presence). The caller
 * asserts on the value, so a timeout shows as a failed expectation with the value seen.
 */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
