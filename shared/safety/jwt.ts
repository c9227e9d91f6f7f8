const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const base64Values = new Map([...base64Alphabet].map((character, index) => [character, index]));

/** base64url → the bytes as Latin-1 characters (enough to read JSON's ASCII structure). */
function decodeBase64Url(part: string): string | null {
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (const character of part) {
    const value = base64Values.get(character);
    if (value === undefined) {
      return null;
    }
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * Whether a pasted `header.payload.signature` is a JSON Web Token: the header decodes to a JSON object
 * naming an algorithm (`alg`), the payload to a JSON object (an Upbit token carries `access_key`).
 */
export function isJwt(token: string): boolean {
  const [header = '', payload = ''] = token.split('.');
  const decodedHeader = decodeBase64Url(header);
  const decodedPayload = decodeBase64Url(payload);
  if (decodedHeader === null || decodedPayload === null) {
    return false;
  }
  try {
    const parsedHeader: unknown = JSON.parse(decodedHeader);
    const parsedPayload: unknown = JSON.parse(decodedPayload);
    return isObject(parsedHeader) && 'alg' in parsedHeader && isObject(parsedPayload);
  } catch {
    return false;
  }
}
