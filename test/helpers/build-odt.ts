// Builds small OpenDocument texts (.odt) for the reader's tests and the adversarial bench: a body
// and styles in ODF's XML, zipped with the mimetype LibreOffice writes.
import { buildZip } from './build-docx.ts'

export const ODF_NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'

export interface OdtContent {
  /** `text:list-style`s and other styles of content.xml. */
  automaticStyles?: string
  /** Styles of styles.xml: named paragraph styles, the outline style. */
  styles?: string
  /** `style:master-page`s with their headers and footers. */
  masterStyles?: string
  fonts?: string
}

export function buildOdt(body: string, { automaticStyles = '', styles = '', masterStyles = '', fonts = '' }: OdtContent = {}): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODF_NAMESPACES}><office:font-face-decls>${fonts}</office:font-face-decls><office:automatic-styles>${automaticStyles}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`
  const stylesXml = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${ODF_NAMESPACES}><office:styles>${styles}</office:styles><office:master-styles>${masterStyles}</office:master-styles></office:document-styles>`
  // The manifest lists the parts: LibreOffice opens no package without one.
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>`
  return buildZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': content, 'styles.xml': stylesXml, 'META-INF/manifest.xml': manifest })
}
