import { createRoot } from 'react-dom/client';
// Dari and Pashto are set in Noto Naskh Arabic, as on the site; Vite serves the faces from the
// npm package, so the page asks nothing of any other server (its policy would refuse it).
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './translate.css';
import { TranslatePage } from './TranslatePage';

const root = document.createElement('div');
root.id = 'translate';
document.body.append(root);
createRoot(root).render(<TranslatePage />);
