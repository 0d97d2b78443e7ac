/** i18next over the core message catalogs: Korean first, English available, choice remembered on this machine. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resolveParticles } from '../../../core/korean';
import { catalogs, messageParam } from '../../../core/messages';
import type { Lang } from '../../../core/types';

const STORAGE_KEY = 'analyst-workbook.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

void i18next
  .use(initReactI18next)
  // Korean particles after an inserted word (‘{{name}}’(으)로) follow its final sound, as in core's formatMessage.
  .use({
    type: 'postProcessor',
    name: 'particles',
    process: (value: string, _key: unknown, _options: unknown, translator: { language?: string }) =>
      translator.language === 'ko' ? resolveParticles(value) : value,
  })
  // The formatter i18next calls for every parameter (alwaysFormat): core's messageParam, by the parameter's name.
  .use({
    type: 'formatter',
    init: () => undefined,
    add: () => undefined,
    addCached: () => undefined,
    format: (value: unknown, _format: unknown, _lng: unknown, options?: { interpolationkey?: string }) =>
      messageParam(options?.interpolationkey ?? '', value),
  })
  .init({
    resources: { ko: { translation: catalogs.ko }, en: { translation: catalogs.en } },
    lng: storedLang(),
    fallbackLng: 'ko',
    // Every parameter through core's rule (counts with thousands separators; the formatter below), as formatMessage shows them.
    interpolation: { escapeValue: false, alwaysFormat: true },
    postProcess: ['particles'],
    returnNull: false,
  });
document.documentElement.lang = storedLang();

/** Switches the UI language and remembers it. */
export function setLanguage(lang: Lang): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be unavailable; the choice then lasts for this session only.
  }
}

/** The current UI language. */
export const currentLang = (): Lang => (i18next.language === 'en' ? 'en' : 'ko');

export default i18next;
