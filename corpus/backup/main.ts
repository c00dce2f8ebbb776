// The backup process (corpus/backup/routine.ts starts it): `node main.ts WORKSPACE`. Nobody waits
// for it and it has no terminal, so it ends quietly; a failed backup is tried again on the next close.
import { takeRoutineBackup } from './routine.ts'

const path = process.argv[2]
if (path) {
  try {
    takeRoutineBackup(path)
  } catch {
    process.exitCode = 1
  }
}
