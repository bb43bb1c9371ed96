import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WeekTable } from './components/WeekTable';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WeekTable person="me" monday={new Date().toISOString().slice(0, 10)} />
  </StrictMode>,
);
