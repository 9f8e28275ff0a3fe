// Placeholder until this page is built; see the open issues.
export function ReviewPage() {
  return <h1 tabIndex={-1}>Sidan är under uppbyggnad</h1>;
}
