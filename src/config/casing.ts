/**
 * YAML and action inputs use kebab-case, as GitHub Actions users expect; code reads camelCase.
 * The conversion happens once, after validation, so error messages still name the keys as written.
 */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;

export type CamelDeep<T> = T extends readonly (infer U)[]
  ? CamelDeep<U>[]
  : T extends object
    ? { [K in keyof T as K extends string ? Camel<K> : K]: CamelDeep<T[K]> }
    : T;

export function camelKey(key: string): string {
  return key.replace(/-([a-z0-9])/g, (_, char: string) => char.toUpperCase());
}

export function camelDeep<T>(value: T): CamelDeep<T> {
  if (Array.isArray(value)) return value.map(camelDeep) as CamelDeep<T>;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [camelKey(k), camelDeep(v)]),
    ) as CamelDeep<T>;
  }
  return value as CamelDeep<T>;
}
