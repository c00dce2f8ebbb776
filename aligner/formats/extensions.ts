// The file extensions Egiz opens, for file dialogs, the import screen's file picker and folder
// scans; on its own so that the review screen can list them without loading any reader.
// Word's and Writer's templates and macro-enabled documents (.docm, .dotx, .dot, .ott) are the same formats.
export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'xhtml', 'mht', 'mhtml', 'docx', 'docm', 'dotx', 'dotm', 'doc', 'dot', 'odt', 'ott', 'rtf', 'pdf'] as const
