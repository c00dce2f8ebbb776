// Exposes to the page the contract's call and the menu's commands, and nothing else. The channel
// names are written out (they are CALL_CHANNEL and COMMAND_CHANNEL of ipc.ts): importing that module
// would bundle the back end into this sandboxed script.
import { contextBridge, ipcRenderer } from 'electron'

contextBridge.exposeInMainWorld('egiz', {
  call: (channel: string, input: unknown) => ipcRenderer.invoke('egiz:call', channel, input),
  onCommand: (listener: (command: string) => void) => {
    ipcRenderer.on('egiz:command', (_event, command: unknown) => {
      if (typeof command === 'string') listener(command)
    })
  },
})
