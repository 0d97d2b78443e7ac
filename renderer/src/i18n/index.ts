/** i18next set-up: Korean first, English available, choice remembered on this machine. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../../core/types';
import { en } from './en';
import { ko } from './ko';

const STORAGE_KEY = 'analyst-workbook.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

void i18next.use(initReactI18next).init({
  resources: { ko: { translation: ko }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: 'ko',
  interpolation: { escapeValue: false },
  returnNull: false,
});

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
