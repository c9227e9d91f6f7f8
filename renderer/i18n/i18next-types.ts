import type { en } from './resources/en';

/** Makes `t('…')` type-checked against the English resource: a missing key fails to compile. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
