/** The JSON body of the reads bench's intake `index` (a distinct requester each), with `bodyText` as its text. */
export function intakeBody(index: number, bodyText: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      requester: { email: `reads-bench${index}@example.com`, name: `Bench ${index}` },
      category: 'deposit_withdrawal',
      subject: `Withdrawal ${index} not received`,
      body: bodyText,
    }),
  );
}

/** A customer's long text of `length` characters (1,000,000 is the body limit): one paragraph many times, as a pasted log would be. */
export function largeText(length: number, seed: number): string {
  const paragraph = `Attempt ${seed}: withdrawal of 0.5 ETH to 0x4a55e8c1d6f0b2a3c4d5e6f708192a3b4c5d6e7f failed with error 502 at 10:02, app 1.45.2 on iPhone 14. `;
  return paragraph.repeat(Math.ceil(length / paragraph.length)).slice(0, length);
}
