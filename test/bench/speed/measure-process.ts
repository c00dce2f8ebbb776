// Runs a command in a process of its own under GNU time, which counts what the whole process tree
// used: wall time, CPU time of every thread (user + system) and the peak resident memory.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface ProcessUsage {
  wallSeconds: number
  cpuSeconds: number
  peakMb: number
  /** Exit code 0 within the time allowed. */
  ok: boolean
}

export const GNU_TIME = '/usr/bin/time'

export function requireGnuTime(bench: string): void {
  if (existsSync(GNU_TIME)) return
  console.error(`${bench} measures processes with GNU time: install the Debian package "time" first.`)
  process.exit(2)
}

export function measureProcess(command: string, args: string[], options: { timeoutSeconds?: number; cwd?: string } = {}): ProcessUsage {
  const report = join(tmpdir(), `egiz-bench-usage-${process.pid}.txt`)
  rmSync(report, { force: true })
  const result = spawnSync(GNU_TIME, ['-f', '%e %U %S %M', '-o', report, command, ...args], {
    cwd: options.cwd,
    stdio: 'ignore',
    timeout: (options.timeoutSeconds ?? 600) * 1000,
  })
  // GNU time writes its line even when the command fails; not when the command is killed.
  const line = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').pop()! : ''
  const [wall, user, system, peakKb] = line.split(' ').map(Number)
  if (result.status !== 0 || wall === undefined || Number.isNaN(wall)) return { wallSeconds: NaN, cpuSeconds: NaN, peakMb: NaN, ok: false }
  return { wallSeconds: wall, cpuSeconds: user! + system!, peakMb: peakKb! / 1024, ok: true }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/**
 * Runs each case `rounds` times, one round of every case after another, so that a noisy moment of
 * the machine does not fall on one case only; gives each case's median wall, CPU and peak.
 */
export function interleavedMedians(cases: Record<string, () => ProcessUsage>, rounds: number): Record<string, ProcessUsage> {
  const runs: Record<string, ProcessUsage[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(cases)) runs[name]!.push(run())
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, usages]) => {
      const ok = usages.every((usage) => usage.ok)
      return [name, { ok, wallSeconds: median(usages.map((u) => u.wallSeconds)), cpuSeconds: median(usages.map((u) => u.cpuSeconds)), peakMb: median(usages.map((u) => u.peakMb)) }]
    }),
  )
}
