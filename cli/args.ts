// A small, strict parser for the command line: known options only, each with its value, so a
// typing mistake is reported instead of silently ignored.

export interface ParsedArgs {
  positional: string[]
  options: Map<string, string | true>
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; reason: string }

/** `spec` maps each option (with its aliases) to whether it takes a value. */
export function parseArgs(argv: string[], spec: Record<string, { value: boolean; alias?: string }>): ArgsResult {
  const positional: string[] = []
  const options = new Map<string, string | true>()
  const aliases = new Map(Object.entries(spec).flatMap(([name, s]) => (s.alias ? [[s.alias, name]] : [])))
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg)
      continue
    }
    const [rawName, inlineValue] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const name = aliases.get(rawName) ?? rawName
    const option = spec[name]
    if (!option) return { ok: false, reason: `unknown option ${rawName}` }
    if (!option.value) {
      options.set(name, true)
      continue
    }
    const value = inlineValue ?? argv[++i]
    if (value === undefined) return { ok: false, reason: `${name} needs a value` }
    // An empty value (`--project ""`) names nothing: no option of ours means anything by it.
    if (value.trim() === '') return { ok: false, reason: `${name} needs a value, not an empty one` }
    options.set(name, value)
  }
  return { ok: true, args: { positional, options } }
}
