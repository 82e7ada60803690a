import 'i18next';
import type { nl } from './nl.ts';

// Typed keys: a call to t() with a key that the Dutch resources lack fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
    returnNull: false;
  }
}
