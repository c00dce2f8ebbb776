// Small helpers for reading WordprocessingML elements, shared by the .docx readers.
import type { XmlElement, XmlNode } from '../xml.ts'

export function elements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter((node: XmlNode): node is XmlElement => typeof node !== 'string' && (name === undefined || node.name === name))
}

export function childNamed(parent: XmlElement | null, name: string): XmlElement | null {
  return parent ? elements(parent, name)[0] ?? null : null
}

/** The `w:val` of a child element: `<w:pStyle w:val="Heading1"/>`. */
export function valueOf(parent: XmlElement | null, name: string): string | null {
  return childNamed(parent, name)?.attributes['w:val'] ?? null
}
