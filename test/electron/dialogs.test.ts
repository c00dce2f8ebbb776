import { describe, expect, it } from 'vitest'
import { withDialog } from '../../electron/dialogs.ts'

type Options = { properties: string[]; filters?: Array<{ extensions: string[] }> }

function fakeDialog(result: { canceled: boolean; filePaths: string[] }) {
  const seen: Options[] = []
  return { seen, dialog: { showOpenDialog: async (_window: unknown, options: Options) => (seen.push(options), result) } as never }
}

describe('the native dialogs of the File menu', () => {
  it('sends the two chosen files of Open pair… to the page, offering the formats Egiz reads', async () => {
    const { seen, dialog } = fakeDialog({ canceled: false, filePaths: ['/docs/a_kz.docx', '/docs/a_ru.pdf'] })
    expect(await withDialog('open-pair', dialog, {} as never)).toBe('open-pair:["/docs/a_kz.docx","/docs/a_ru.pdf"]')
    expect(seen[0]!.properties).toEqual(['openFile', 'multiSelections'])
    expect(seen[0]!.filters![0]!.extensions).toEqual(['txt', 'md', 'html', 'htm', 'xhtml', 'mht', 'mhtml', 'docx', 'docm', 'dotx', 'dotm', 'doc', 'dot', 'odt', 'ott', 'rtf', 'pdf'])
  })

  it('sends the chosen folder of Import folder…', async () => {
    const { seen, dialog } = fakeDialog({ canceled: false, filePaths: ['/docs/treaties'] })
    expect(await withDialog('import-folder', dialog, {} as never)).toBe('import-folder:/docs/treaties')
    expect(seen[0]!.properties).toEqual(['openDirectory'])
  })

  it('sends nothing when the dialog is cancelled, and other commands as they are', async () => {
    expect(await withDialog('open-pair', fakeDialog({ canceled: true, filePaths: [] }).dialog, {} as never)).toBeNull()
    expect(await withDialog('undo', fakeDialog({ canceled: true, filePaths: [] }).dialog, {} as never)).toBe('undo')
  })
})
