import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { EditorPage } from './pages/EditorPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ExercisePage, GalleryPage, ProfilePage, ReviewPage, RulePage, RulesPage } from './pages/lazy.ts';

const navigation = [
  { to: '/', label: 'Skriv inlägg', end: true },
  { to: '/exempel', label: 'Exempel' },
  { to: '/regler', label: 'Regler' },
  { to: '/profil', label: 'Kommunens inställningar' },
];

/**
 * Moves focus to the main heading after a page change, so screen readers announce the new page. Rendered
 * inside the pages' Suspense boundary, so that its effect runs once a page loaded on demand is on screen.
 */
function FocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname]);
  return null;
}

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Hoppa till innehållet
      </a>
      <header className="site-header">
        <a className="brand" href="/">
          Postkoll
        </a>
        <nav aria-label="Huvudmeny">
          <ul>
            {navigation.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="hint page-loading">Sidan hämtas …</p>}>
          <FocusOnNavigation />
          <Routes>
            <Route path="/" element={<EditorPage />} />
            <Route path="/granska/:token" element={<ReviewPage />} />
            <Route path="/regler" element={<RulesPage />} />
            <Route path="/regler/:id" element={<RulePage />} />
            <Route path="/exempel" element={<GalleryPage />} />
            <Route path="/profil" element={<ProfilePage />} />
            <Route path="/ova/:ruleId/:index" element={<ExercisePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
