// Starts the review screen.
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
// Noto Sans ships with the app: every Kazakh letter (ә ғ қ ң ө ұ ү һ і) on every machine.
import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/600.css'
import './styles.css'

// Each subset of the font (Latin, Cyrillic, Cyrillic supplement…) loads when first needed, which
// would cost a long frame in the middle of scrolling: load them all up front.
for (const weight of [400, 600]) void document.fonts.load(`${weight} 14px "Noto Sans"`, 'Aa Āā Яя Ӛә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі №«»–—')

createRoot(document.getElementById('root')!).render(<App />)
