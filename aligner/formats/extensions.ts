// The file extensions Egiz opens, for file dialogs, the import screen's file picker and folder
// scans; on its own so that the review screen can list them without loading any reader.
export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'xhtml', 'mht', 'mhtml', 'docx', 'doc', 'odt', 'rtf', 'pdf'] as const
