import { createContext, useContext, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import type { SupportedLanguage } from '../../shared/domain/vocabulary';
import type { HelpResource } from './resources/en';
import { createHelpI18n, switchLanguage } from './help-i18n';

/** Every dot path to a string of the help center's resource (`form.title`, `missing.order_id.where`). */
type PathsOf<Node> = {
  [Key in keyof Node & string]: Node[Key] extends string ? Key : `${Key}.${PathsOf<Node[Key]>}`;
}[keyof Node & string];

/** A key of the help center's strings, checked at compile time against `resources/en.ts`. */
export type HelpKey = PathsOf<HelpResource>;

/** The help center's language and its translate function. */
export interface HelpText {
  language: SupportedLanguage;
  t: (key: HelpKey, values?: Record<string, string | number>) => string;
  setLanguage: (language: SupportedLanguage) => void;
}

const HelpTextContext = createContext<HelpText | null>(null);

/**
 * Provides the help center's strings (its own i18next instance and resources, not the console's) and
 * re-renders the page when the customer picks another language.
 */
export function HelpTextProvider({
  initial,
  children,
}: {
  initial: SupportedLanguage;
  children: ReactNode;
}): ReactElement {
  const [instance] = useState(() => createHelpI18n(initial));
  const [language, setLanguageState] = useState<SupportedLanguage>(initial);
  const value = useMemo<HelpText>(() => {
    // The console's typed `t` knows only the console's keys; ours are checked by `HelpKey` instead.
    const translate = instance.t.bind(instance) as unknown as (
      key: string,
      options: Record<string, unknown>,
    ) => string;
    return {
      language,
      t: (key, values) => translate(key, { lng: language, ...values }),
      setLanguage: (next) => {
        void switchLanguage(instance, next);
        setLanguageState(next);
      },
    };
  }, [instance, language]);
  return <HelpTextContext.Provider value={value}>{children}</HelpTextContext.Provider>;
}

/** The help center's strings; only inside `HelpTextProvider`. */
export function useHelpText(): HelpText {
  const value = useContext(HelpTextContext);
  if (value === null) {
    throw new Error('useHelpText outside HelpTextProvider');
  }
  return value;
}
