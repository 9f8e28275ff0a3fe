import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <>
      <h1 tabIndex={-1}>Sidan finns inte</h1>
      <p>
        Adressen leder inte till någon sida i Postkoll. <Link to="/">Gå till skrivläget</Link>.
      </p>
    </>
  );
}
