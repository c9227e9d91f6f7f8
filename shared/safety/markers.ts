import type { MarkerLanguage, SecretKind } from './types';

const markers: Record<MarkerLanguage, Record<SecretKind, string>> = {
  en: {
    seed_phrase: '[seed phrase removed]',
    private_key: '[private key removed]',
    api_secret: '[API secret removed]',
    password: '[password removed]',
    otp_code: '[OTP code removed]',
  },
  ko: {
    seed_phrase: '[시드 문구 삭제됨]',
    private_key: '[개인키 삭제됨]',
    api_secret: '[API 시크릿 삭제됨]',
    password: '[비밀번호 삭제됨]',
    otp_code: '[OTP 코드 삭제됨]',
  },
  zh: {
    seed_phrase: '[助记词已移除]',
    private_key: '[私钥已移除]',
    api_secret: '[API密钥已移除]',
    password: '[密码已移除]',
    otp_code: '[验证码已移除]',
  },
};

/** The marker for a kind in a language (the console and the service use it to recognise/describe markers). */
export function secretMarker(kind: SecretKind, language: MarkerLanguage): string {
  return markers[language][kind];
}

/** Every marker of every kind and language, to find markers already in a text. */
export const allMarkers: readonly { marker: string; kind: SecretKind }[] = Object.values(markers).flatMap(
  (byKind) => (Object.entries(byKind) as [SecretKind, string][]).map(([kind, marker]) => ({ kind, marker })),
);

/** Spans of markers already present in the text: a masked text stays as it is when masked again. */
export function markerSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (!text.includes('[')) {
    return spans;
  }
  for (const { marker } of allMarkers) {
    let at = text.indexOf(marker);
    while (at !== -1) {
      spans.push({ start: at, end: at + marker.length });
      at = text.indexOf(marker, at + marker.length);
    }
  }
  return spans;
}
