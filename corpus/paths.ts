// Where a translator's workspace lives by default: the app's user-data folder, the same place
// Electron's app.getPath('userData') gives for "Egiz" on each system.
import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_FOLDER_NAME = 'Egiz'
export const WORKSPACE_FILE_NAME = 'workspace.sqlite'

export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME)
}

export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return join(userDataFolder(env, platform), WORKSPACE_FILE_NAME)
}
