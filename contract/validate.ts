// Small validators for what crosses from the UI to the back end: every input is checked before
// any handler sees it, and a refusal says which field is wrong and why.

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string }
export type Validator<T> = (value: unknown, path: string) => Checked<T>

const ok = <T>(value: T): Checked<T> => ({ ok: true, value })
const fail = (path: string, what: string): Checked<never> => ({ ok: false, reason: `${path || 'input'} ${what}` })

/** Strings up to a length (legal texts are long, but not endless). */
export function string(options: { max?: number; min?: number } = {}): Validator<string> {
  const max = options.max ?? 1_000_000
  const min = options.min ?? 0
  return (value, path) => {
    if (typeof value !== 'string') return fail(path, 'must be text')
    if (value.length < min) return fail(path, min === 1 ? 'must not be empty' : `must have at least ${min} characters`)
    if (value.length > max) return fail(path, `must have at most ${max} characters`)
    return ok(value)
  }
}

/** A name a person gives (a project's): text of up to `max` characters, not only spaces. */
export function name(max: number): Validator<string> {
  const text = string({ min: 1, max })
  return (value, path) => {
    const checked = text(value, path)
    if (checked.ok && checked.value.trim() === '') return fail(path, 'must not be blank')
    return checked
  }
}

export function integer(options: { min?: number; max?: number } = {}): Validator<number> {
  const min = options.min ?? 0
  const max = options.max ?? Number.MAX_SAFE_INTEGER
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return fail(path, 'must be a whole number')
    if (value < min || value > max) return fail(path, `must be between ${min} and ${max}`)
    return ok(value)
  }
}

export function number(options: { min: number; max: number }): Validator<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(path, 'must be a number')
    if (value < options.min || value > options.max) return fail(path, `must be between ${options.min} and ${options.max}`)
    return ok(value)
  }
}

export function boolean(): Validator<boolean> {
  return (value, path) => (typeof value === 'boolean' ? ok(value) : fail(path, 'must be true or false'))
}

export function oneOf<const T extends string>(...allowed: T[]): Validator<T> {
  return (value, path) => (allowed.includes(value as T) ? ok(value as T) : fail(path, `must be one of ${allowed.join(', ')}`))
}

export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return (value, path) => (value === null ? ok(null) : inner(value, path))
}

export function optional<T>(inner: Validator<T>): Validator<T | undefined> {
  return (value, path) => (value === undefined ? ok(undefined) : inner(value, path))
}

type Shape = Record<string, Validator<unknown>>
type ValueOf<V> = V extends Validator<infer T> ? T : never
/** Fields whose validator accepts undefined are optional. */
type Infer<S extends Shape> = { [K in keyof S as undefined extends ValueOf<S[K]> ? never : K]: ValueOf<S[K]> } & {
  [K in keyof S as undefined extends ValueOf<S[K]> ? K : never]?: ValueOf<S[K]>
}

/** A plain object with exactly these fields (unknown fields are refused, not ignored). */
export function object<S extends Shape>(shape: S): Validator<Infer<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'must be an object')
    const result: Record<string, unknown> = {}
    // Own fields only: `constructor` or `toString` are not fields because every object inherits them.
    for (const key of Object.keys(value)) if (!Object.hasOwn(shape, key)) return fail(path ? `${path}.${key}` : key, 'is not a known field')
    for (const [key, validate] of Object.entries(shape)) {
      const checked = validate((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key)
      if (!checked.ok) return checked
      if (checked.value !== undefined) result[key] = checked.value
    }
    return ok(result as Infer<S>)
  }
}

/** The first alternative that accepts the value (for inputs of several shapes). */
export function anyOf<A, B>(first: Validator<A>, second: Validator<B>, ...more: Array<Validator<A | B>>): Validator<A | B> {
  return (value, path) => {
    const reasons: string[] = []
    for (const validate of [first, second, ...more] as Array<Validator<A | B>>) {
      const checked = validate(value, path)
      if (checked.ok) return checked
      reasons.push(checked.reason)
    }
    return fail(path, `matches none of the accepted forms (${reasons.join('; ')})`)
  }
}

/** A list of up to `max` values, each checked by `item`. */
export function arrayOf<T>(item: Validator<T>, options: { max: number }): Validator<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(path, 'must be a list')
    if (value.length > options.max) return fail(path, `must have at most ${options.max} entries`)
    const result: T[] = []
    for (const [index, entry] of value.entries()) {
      const checked = item(entry, `${path}[${index}]`)
      if (!checked.ok) return checked
      result.push(checked.value)
    }
    return ok(result)
  }
}
