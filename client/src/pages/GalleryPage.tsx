// Placeholder until this page is built; see the open issues.
export function GalleryPage() {
  return <h1 tabIndex={-1}>Sidan är under uppbyggnad</h1>;
}
