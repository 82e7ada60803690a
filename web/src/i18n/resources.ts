/** The shape of a translation: the same nested keys as the Dutch original, every leaf a string. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
