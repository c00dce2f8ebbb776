// Reads streams out of a compound file (the container of Word 97–2003 .doc files): the sector
// allocation table, the directory, and the mini stream that holds small streams. Every chain is
// followed with a guard against loops and reads beyond the file, so a damaged file is refused.

/** A compound file starts with these eight bytes. */
export const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const END_OF_CHAIN = 0xfffffffe
const FREE_SECTOR = 0xffffffff
const DIRECTORY_ENTRY_SIZE = 128
const HEADER_DIFAT_ENTRIES = 109

export class CompoundFileError extends Error {}

export interface CompoundFile {
  /** Names of the streams at the root of the file. */
  names(): string[]
  /** A stream's bytes, or null when there is no such stream at the root. Names match whatever their case, as the format says. */
  stream(name: string): Uint8Array | null
}

export function readCompoundFile(bytes: Uint8Array, maxStreamBytes: number): CompoundFile {
  if (bytes.length < 512 || COMPOUND_FILE_SIGNATURE.some((byte, index) => bytes[index] !== byte)) throw new CompoundFileError('no compound file header')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const sectorShift = view.getUint16(0x1e, true)
  const miniSectorShift = view.getUint16(0x20, true)
  if ((sectorShift !== 9 && sectorShift !== 12) || miniSectorShift !== 6) throw new CompoundFileError('unexpected sector sizes')
  const sectorSize = 1 << sectorShift
  const miniSectorSize = 1 << miniSectorShift
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1
  const sectorOffset = (sector: number) => {
    if (sector >= sectorCount) throw new CompoundFileError(`sector ${sector} beyond the file`)
    return (sector + 1) * sectorSize
  }

  const fatSectors = allocationSectors(view, bytes, sectorSize, sectorOffset)
  const fat = new Uint32Array(fatSectors.length * (sectorSize / 4))
  fatSectors.forEach((sector, index) => {
    const at = sectorOffset(sector)
    for (let k = 0; k < sectorSize / 4; k++) fat[index * (sectorSize / 4) + k] = view.getUint32(at + 4 * k, true)
  })
  const chain = (start: number): number[] => {
    const sectors: number[] = []
    const seen = new Set<number>()
    for (let sector = start; sector !== END_OF_CHAIN; sector = fat[sector] ?? END_OF_CHAIN) {
      if (sector === FREE_SECTOR || sector >= fat.length || seen.has(sector)) throw new CompoundFileError('a broken sector chain')
      seen.add(sector)
      sectors.push(sector)
      if (sectors.length * sectorSize > maxStreamBytes + sectorSize) throw new CompoundFileError('a stream beyond the budget')
    }
    return sectors
  }
  const readChain = (start: number, size: number): Uint8Array => {
    const out = new Uint8Array(Math.min(size, maxStreamBytes))
    let written = 0
    for (const sector of chain(start)) {
      if (written >= out.length) break
      const at = sectorOffset(sector)
      const take = Math.min(sectorSize, out.length - written)
      out.set(bytes.subarray(at, at + take), written)
      written += take
    }
    if (written < out.length) throw new CompoundFileError('a stream shorter than its size')
    return out
  }

  const directory = readChain(view.getUint32(0x30, true), chain(view.getUint32(0x30, true)).length * sectorSize)
  const entries = directoryEntries(directory)
  const root = entries.find((entry) => entry.type === 5)
  if (!root) throw new CompoundFileError('no root entry')
  const miniCutoff = view.getUint32(0x38, true)
  let miniStream: Uint8Array | null = null
  let miniFat: Uint32Array | null = null
  const readMini = (start: number, size: number): Uint8Array => {
    miniStream ??= readChain(root.start, root.size)
    if (!miniFat) {
      const raw = readChain(view.getUint32(0x3c, true), view.getUint32(0x40, true) * sectorSize)
      miniFat = new Uint32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength - (raw.byteLength % 4)))
    }
    const out = new Uint8Array(size)
    const seen = new Set<number>()
    let written = 0
    for (let sector = start; written < size; sector = miniFat[sector] ?? END_OF_CHAIN) {
      if (sector === END_OF_CHAIN || sector >= miniFat.length || seen.has(sector)) throw new CompoundFileError('a broken mini sector chain')
      seen.add(sector)
      const at = sector * miniSectorSize
      if (at + miniSectorSize > miniStream.length) throw new CompoundFileError('a mini sector beyond the mini stream')
      const take = Math.min(miniSectorSize, size - written)
      out.set(miniStream.subarray(at, at + take), written)
      written += take
    }
    return out
  }
  // The root's children hang in a red-black tree of siblings under its child. The format compares
  // names in upper case: some writers store `worddocument` for `WordDocument`.
  const children = new Map<string, DirectoryEntry>()
  const seen = new Set<number>()
  const visit = (index: number) => {
    if (index === FREE_SECTOR || index >= entries.length || seen.has(index)) return
    seen.add(index)
    const entry = entries[index]!
    children.set(entry.name.toUpperCase(), entry)
    visit(entry.left)
    visit(entry.right)
  }
  visit(root.child)
  return {
    names: () => [...children.values()].map((entry) => entry.name),
    stream: (name) => {
      const entry = children.get(name.toUpperCase())
      if (!entry || entry.type !== 2) return null
      if (entry.size > maxStreamBytes) throw new CompoundFileError('a stream beyond the budget')
      return entry.size < miniCutoff ? readMini(entry.start, entry.size) : readChain(entry.start, entry.size)
    },
  }
}

/** The sectors that hold the allocation table: 109 listed in the header, the rest in a chain of DIFAT sectors. */
function allocationSectors(view: DataView, bytes: Uint8Array, sectorSize: number, sectorOffset: (sector: number) => number): number[] {
  const count = view.getUint32(0x2c, true)
  const sectors: number[] = []
  for (let k = 0; k < HEADER_DIFAT_ENTRIES && sectors.length < count; k++) sectors.push(view.getUint32(0x4c + 4 * k, true))
  const seen = new Set<number>()
  for (let difat = view.getUint32(0x44, true); sectors.length < count && difat !== END_OF_CHAIN && difat !== FREE_SECTOR; ) {
    if (seen.has(difat)) throw new CompoundFileError('a DIFAT loop')
    seen.add(difat)
    const at = sectorOffset(difat)
    const perSector = sectorSize / 4 - 1
    for (let k = 0; k < perSector && sectors.length < count; k++) sectors.push(view.getUint32(at + 4 * k, true))
    difat = view.getUint32(at + 4 * perSector, true)
  }
  if (sectors.length < count || bytes.length === 0) throw new CompoundFileError('allocation table sectors missing')
  return sectors
}

interface DirectoryEntry {
  name: string
  type: number
  left: number
  right: number
  child: number
  start: number
  size: number
}

function directoryEntries(directory: Uint8Array): DirectoryEntry[] {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength)
  const entries: DirectoryEntry[] = []
  for (let at = 0; at + DIRECTORY_ENTRY_SIZE <= directory.length; at += DIRECTORY_ENTRY_SIZE) {
    const nameBytes = Math.min(view.getUint16(at + 0x40, true), 64)
    let name = ''
    for (let k = 0; k + 2 < nameBytes; k += 2) name += String.fromCharCode(view.getUint16(at + k, true))
    entries.push({
      name,
      type: directory[at + 0x42]!,
      left: view.getUint32(at + 0x44, true),
      right: view.getUint32(at + 0x48, true),
      child: view.getUint32(at + 0x4c, true),
      start: view.getUint32(at + 0x74, true),
      size: view.getUint32(at + 0x78, true),
    })
  }
  return entries
}
