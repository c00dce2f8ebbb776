// Starts the review screen.
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
// Noto Sans ships with the app: every Kazakh letter (ә ғ қ ң ө ұ ү һ і) on every machine.
import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/600.css'
import './styles.css'

createRoot(document.getElementById('root')!).render(<App />)
